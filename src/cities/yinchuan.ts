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
  interaction: [
    {
      id: 'wenzheng',
      name: { zh: '问政银川', en: 'Wenzheng Yinchuan' },
      description: { zh: '市民心声与部门回复，全部公开', en: 'Citizens’ voices and agencies’ replies, in public' },
      kind: 'questions',
    },
    {
      id: 'opinion-collection',
      name: { zh: '意见征集', en: 'Opinion Collection' },
      description: { zh: '征求意见公告与草案', en: 'Notices and drafts open for comment' },
      kind: 'consultations',
    },
  ],
} satisfies CityConfig
