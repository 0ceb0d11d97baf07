import type { CityConfig } from './city-config'
import identity from './identity/yinchuan.json'

export const yinchuan = {
  id: 'yinchuan',
  ...identity,
  hotline: '12345',
  newsColumns: [
    { id: 'news-policy', name: { zh: '新闻政策', en: 'News and Policy' } },
    { id: 'announcements', name: { zh: '通知公告', en: 'Announcements' } },
    { id: 'public-service', name: { zh: '公共服务信息', en: 'Public Service Information' } },
  ],
  services: [
    'bus-arrival',
    'traffic',
    'school-enrollment',
    'weather',
    'air-quality',
    'social-insurance',
    'income-tax',
    'housing-fund',
    'vaccination',
    'enterprise-licence',
    'service-points',
  ],
} satisfies CityConfig
