import type { CityInteractionConfig } from '../city-config'

export const interactionConfig = {
  topics: [
    { id: 'transport', name: { zh: '交通出行', en: 'Transport' } },
    { id: 'education', name: { zh: '教育', en: 'Education' } },
    { id: 'health', name: { zh: '医疗卫生', en: 'Health' } },
    { id: 'housing', name: { zh: '住房', en: 'Housing' } },
    { id: 'social-security', name: { zh: '社保就业', en: 'Social security and jobs' } },
    { id: 'urban-management', name: { zh: '城市管理', en: 'Urban management' } },
    { id: 'park-city', name: { zh: '公园城市', en: 'Park city' } },
    { id: 'environment', name: { zh: '生态环境', en: 'Environment' } },
    { id: 'other', name: { zh: '其他', en: 'Other' } },
  ],
} satisfies CityInteractionConfig
