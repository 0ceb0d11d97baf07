import type { CityConfig } from './city-config'
import identity from './identity/shanghai.json'

export const shanghai = {
  id: 'shanghai',
  ...identity,
  hotline: '12345',
  newsColumns: [
    { id: 'latest', name: { zh: '最新消息', en: 'Latest News' } },
    { id: 'policy', name: { zh: '政策解读', en: 'Policy Analyzing' } },
    { id: 'shanghai-news', name: { zh: '上海新闻', en: 'Shanghai News' } },
    { id: 'districts', name: { zh: '区县联动', en: 'Connect Districts and Counties' } },
    { id: 'press', name: { zh: '聚焦发布会', en: 'Focus on Press Conference' } },
    { id: 'good-morning', name: { zh: '早安上海', en: 'Good Morning Shanghai' } },
    { id: 'traffic', name: { zh: '交通信息', en: 'Traffic Information' } },
    { id: 'weather', name: { zh: '天气预报', en: 'Weather Forecast' } },
    { id: 'convenience', name: { zh: '便民服务', en: 'Convenience for the People' } },
    { id: 'food-prices', name: { zh: '菜价', en: 'Food Prices' } },
  ],
  services: [
    'bus-arrival',
    'traffic',
    'school-enrollment',
    'weather',
    'social-insurance',
    'income-tax',
    'housing-fund',
    'vaccination',
    'enterprise-licence',
    'service-points',
    'garbage-sorting',
  ],
  interaction: [
    {
      id: 'you-ask',
      name: { zh: '你问我答', en: 'You Ask and I Answer' },
      description: { zh: '有问题问政府部门，答复公开可查', en: 'Ask a department; its answer is public' },
      kind: 'questions',
    },
    {
      id: 'reply',
      name: { zh: '回应', en: 'Reply' },
      description: { zh: '部门回应市民关切', en: 'Departments respond to public concerns' },
      kind: 'questions',
      topicId: 'public-concerns',
    },
    {
      id: 'investigations',
      name: { zh: '征询', en: 'Investigations' },
      description: { zh: '政策草案公开征求意见', en: 'Draft policies open for comment' },
      kind: 'consultations',
    },
  ],
} satisfies CityConfig
