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
} satisfies CityConfig
