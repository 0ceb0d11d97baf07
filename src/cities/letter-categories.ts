import type { CityLettersConfig } from './city-config'

/** Categories common to the three cities' hotlines; a city may use its own list instead. */
export const COMMON_LETTER_CATEGORIES: CityLettersConfig['categories'] = [
  { id: 'urban-management', name: { zh: '城市管理', en: 'Urban management' } },
  { id: 'transport', name: { zh: '交通出行', en: 'Transport' } },
  { id: 'housing', name: { zh: '住房物业', en: 'Housing and property' } },
  { id: 'environment', name: { zh: '生态环境', en: 'Environment' } },
  { id: 'social-security', name: { zh: '社会保障', en: 'Social security' } },
  { id: 'health', name: { zh: '医疗卫生', en: 'Health' } },
  { id: 'education', name: { zh: '教育', en: 'Education' } },
  { id: 'market', name: { zh: '市场监管与消费', en: 'Markets and consumers' } },
  { id: 'other', name: { zh: '其他', en: 'Other' } },
]
