import type { CityConfig } from './city-config'
import identity from './identity/chengdu.json'

export const chengdu = {
  id: 'chengdu',
  ...identity,
  hotline: '12345',
  newsColumns: [
    { id: 'important', name: { zh: '要闻', en: 'Important News' } },
    { id: 'executive-meeting', name: { zh: '市政府常务会议', en: 'Municipal Government Executive Meeting' } },
    { id: 'affairs', name: { zh: '政务信息', en: 'Government Affairs Information' } },
    { id: 'health', name: { zh: '公共卫生公告', en: 'Public Health Notices' } },
  ],
  services: [
    'bus-arrival',
    'traffic',
    'parking',
    'school-enrollment',
    'weather',
    'social-insurance',
    'income-tax',
    'housing-fund',
    'vaccination',
    'enterprise-licence',
    'service-points',
  ],
  interaction: [
    {
      id: 'you-ask',
      name: { zh: '网络理政·你问我答', en: 'Online Governance: You Ask, We Answer' },
      description: { zh: '向市级部门提问，答复公开', en: 'Ask a city department; its answer is public' },
      kind: 'questions',
    },
    {
      id: 'consultations',
      name: { zh: '征求意见', en: 'Public Consultations' },
      description: { zh: '政策文件起草公开征求意见', en: 'Draft policies open for comment' },
      kind: 'consultations',
    },
  ],
} satisfies CityConfig
