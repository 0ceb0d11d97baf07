import { formatDateTime } from '../../../shared/format/time'
import type { ServiceDeclaration } from '../declaration'
import { aqiBand, DISTRICT_FIELD, labelOf, PUBLIC_LOOKUP } from './shared-fields'

const CONDITIONS = {
  sunny: { zh: '晴', en: 'Sunny' },
  cloudy: { zh: '多云', en: 'Cloudy' },
  overcast: { zh: '阴', en: 'Overcast' },
  'light-rain': { zh: '小雨', en: 'Light rain' },
  rain: { zh: '雨', en: 'Rain' },
  snow: { zh: '雪', en: 'Snow' },
  fog: { zh: '雾', en: 'Fog' },
  haze: { zh: '霾', en: 'Haze' },
}

export const weather: ServiceDeclaration<'weather'> = {
  id: 'weather',
  fields: [DISTRICT_FIELD],
  toQuery: ({ districtId }) => ({ districtId }),
  present(result, context) {
    const { pick } = context
    const condition = labelOf(CONDITIONS, context)
    const { now } = result
    return [
      {
        title: pick({ zh: '现在', en: 'Now' }),
        layout: 'key-value',
        rows: [
          { label: pick({ zh: '天气', en: 'Weather' }), value: `${condition(now.condition)} ${now.temperature}°C` },
          { label: pick({ zh: '湿度', en: 'Humidity' }), value: `${now.humidity}%` },
          {
            label: pick({ zh: '风力', en: 'Wind' }),
            value: pick({ zh: `${now.windScale} 级`, en: `Force ${now.windScale}` }),
          },
          { label: pick({ zh: '空气质量', en: 'Air quality' }), value: `${now.aqi} ${pick(aqiBand(now.aqi))}` },
          { label: pick({ zh: '发布时间', en: 'Issued' }), value: formatDateTime(result.updatedAt) },
        ],
      },
      {
        title: pick({ zh: '未来三天', en: 'Next three days' }),
        layout: 'table',
        columns: [
          pick({ zh: '日期', en: 'Date' }),
          pick({ zh: '天气', en: 'Weather' }),
          pick({ zh: '气温', en: 'Temperature' }),
        ],
        rows: result.days.map((day) => [day.date.slice(5), condition(day.condition), `${day.low}–${day.high}°C`]),
      },
    ]
  },
  emptyText: { zh: '暂无天气预报', en: 'No forecast available' },
  guide: {
    eligibility: { zh: '所有市民', en: 'Everyone' },
    ...PUBLIC_LOOKUP,
  },
}

const POLLUTANTS = {
  pm25: { zh: 'PM2.5', en: 'PM2.5' },
  pm10: { zh: 'PM10', en: 'PM10' },
  o3: { zh: '臭氧（O₃）', en: 'Ozone (O₃)' },
  no2: { zh: '二氧化氮（NO₂）', en: 'Nitrogen dioxide (NO₂)' },
  so2: { zh: '二氧化硫（SO₂）', en: 'Sulphur dioxide (SO₂)' },
  co: { zh: '一氧化碳（CO）', en: 'Carbon monoxide (CO)' },
}

export const airQuality: ServiceDeclaration<'air-quality'> = {
  id: 'air-quality',
  fields: [DISTRICT_FIELD],
  toQuery: ({ districtId }) => ({ districtId }),
  present(result, context) {
    const { pick } = context
    const pollutant = labelOf(POLLUTANTS, context)
    const hour = (at: string) => formatDateTime(at).slice(11)
    return [
      {
        layout: 'key-value',
        rows: [
          { label: pick({ zh: '空气质量指数', en: 'AQI' }), value: `${result.aqi} ${pick(aqiBand(result.aqi))}` },
          {
            label: pick({ zh: '首要污染物', en: 'Main pollutant' }),
            value: result.primaryPollutant ? pollutant(result.primaryPollutant) : pick({ zh: '无', en: 'None' }),
          },
          { label: pick({ zh: '健康提示', en: 'Advice' }), value: pick(result.advice) },
          { label: pick({ zh: '发布时间', en: 'Issued' }), value: formatDateTime(result.updatedAt) },
        ],
      },
      {
        title: pick({ zh: '污染物浓度', en: 'Pollutants' }),
        layout: 'table',
        columns: [pick({ zh: '污染物', en: 'Pollutant' }), pick({ zh: '浓度', en: 'Concentration' })],
        rows: result.pollutants.map(({ id, value }) => [
          pollutant(id),
          id === 'co' ? `${value.toFixed(1)} mg/m³` : `${Math.round(value)} μg/m³`,
        ]),
      },
      {
        title: pick({ zh: '最近 6 小时', en: 'Last 6 hours' }),
        layout: 'table',
        columns: [pick({ zh: '时间', en: 'Time' }), 'AQI', pick({ zh: '等级', en: 'Band' })],
        rows: result.hourly.map((entry) => [hour(entry.at), String(entry.aqi), pick(aqiBand(entry.aqi))]),
      },
    ]
  },
  emptyText: { zh: '这个区县暂无空气质量数据', en: 'No air quality data for this district' },
  guide: {
    eligibility: { zh: '所有市民', en: 'Everyone' },
    materials: [{ zh: '无需材料', en: 'Nothing needed' }],
    fee: { zh: '免费', en: 'Free' },
    promisedTime: { zh: '实时查询，每小时更新', en: 'Immediate; updated every hour' },
    legalTime: { zh: '无', en: 'None' },
    visits: 0,
  },
}
