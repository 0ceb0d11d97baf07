import type { LocalizedText } from '../common-schemas'
import type { ServiceId } from './lookup-schemas'

/** The catalogue's themes, in the order the Services tab shows them. */
export const SERVICE_THEMES = [
  'transport',
  'education',
  'weather',
  'social-security',
  'tax',
  'housing-fund',
  'health',
  'enterprise',
  'convenience',
] as const
export type ServiceTheme = (typeof SERVICE_THEMES)[number]

export interface CatalogueEntry {
  theme: ServiceTheme
  name: LocalizedText
  /** Other words citizens use for it: the search box matches these too. */
  keywords: string[]
  /** Needs the citizen's name and identity number. */
  personal: boolean
}

/**
 * What the Services tab and the one-stop search need to list and find a service (here in the service
 * layer, so the search mock can index it). Everything else about it (its form, its
 * result, its guide) is its declaration in declarations/, which ships with the look-up page.
 */
export const CATALOGUE: Record<ServiceId, CatalogueEntry> = {
  'bus-arrival': {
    theme: 'transport',
    name: { zh: '实时公交', en: 'Bus arrivals' },
    keywords: ['公交', '巴士', '到站', 'bus'],
    personal: false,
  },
  traffic: {
    theme: 'transport',
    name: { zh: '路况查询', en: 'Traffic conditions' },
    keywords: ['路况', '拥堵', '交通', '事故', 'road'],
    personal: false,
  },
  'school-enrollment': {
    theme: 'education',
    name: { zh: '义务教育入学', en: 'School enrollment' },
    keywords: ['入学', '招生', '小学', '初中', '报名', 'school'],
    personal: false,
  },
  weather: {
    theme: 'weather',
    name: { zh: '天气预报', en: 'Weather forecast' },
    keywords: ['天气', '气温', '下雨', '空气质量', 'forecast'],
    personal: false,
  },
  'social-insurance': {
    theme: 'social-security',
    name: { zh: '社保缴费记录', en: 'Social insurance record' },
    keywords: ['社保', '养老', '医保', '缴费', '参保', 'pension'],
    personal: true,
  },
  'income-tax': {
    theme: 'tax',
    name: { zh: '个税纳税记录', en: 'Income tax record' },
    keywords: ['个税', '个人所得税', '纳税', '收入', 'tax'],
    personal: true,
  },
  'housing-fund': {
    theme: 'housing-fund',
    name: { zh: '公积金余额', en: 'Housing fund balance' },
    keywords: ['公积金', '住房', '余额', 'provident'],
    personal: true,
  },
  vaccination: {
    theme: 'health',
    name: { zh: '疫苗接种记录', en: 'Vaccination record' },
    keywords: ['疫苗', '接种', '预防', 'vaccine'],
    personal: true,
  },
  'enterprise-licence': {
    theme: 'enterprise',
    name: { zh: '营业执照查询', en: 'Business licence status' },
    keywords: ['营业执照', '企业', '信用代码', '工商', 'license', 'company'],
    personal: false,
  },
  'service-points': {
    theme: 'convenience',
    name: { zh: '政务服务中心', en: 'Service centres' },
    keywords: ['办事大厅', '便民', '服务点', '地址', 'office'],
    personal: false,
  },
  'garbage-sorting': {
    theme: 'convenience',
    name: { zh: '垃圾分类查询', en: 'Waste sorting' },
    keywords: ['垃圾', '分类', '干垃圾', '湿垃圾', 'recycling', 'rubbish'],
    personal: false,
  },
  parking: {
    theme: 'transport',
    name: { zh: '停车场空位', en: 'Car park spaces' },
    keywords: ['停车', '车位', '停车场', '泊车', '停车费', '空位', 'parking'],
    personal: false,
  },
  'air-quality': {
    theme: 'weather',
    name: { zh: '空气质量', en: 'Air quality' },
    keywords: ['空气', 'AQI', '雾霾', '沙尘', '扬沙', '污染', 'PM2.5', 'PM10', '臭氧', 'pollution'],
    personal: false,
  },
}
