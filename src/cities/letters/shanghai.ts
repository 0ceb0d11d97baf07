import type { CityLettersConfig } from '../city-config'
import { MAINLAND_CHINA } from '../holiday-calendars'
import { COMMON_LETTER_CATEGORIES } from '../letter-categories'

export const lettersConfig = {
  caseCode: 'SH',
  departments: [
    { id: 'transport', name: { zh: '上海市交通委员会', en: 'Shanghai Municipal Transportation Commission' } },
    {
      id: 'housing',
      name: { zh: '上海市住房和城乡建设管理委员会', en: 'Shanghai Housing and Urban-Rural Development Commission' },
    },
    { id: 'greening', name: { zh: '上海市绿化和市容管理局', en: 'Shanghai Landscaping and City Appearance Bureau' } },
    { id: 'ecology', name: { zh: '上海市生态环境局', en: 'Shanghai Ecology and Environment Bureau' } },
    {
      id: 'hrss',
      name: { zh: '上海市人力资源和社会保障局', en: 'Shanghai Human Resources and Social Security Bureau' },
    },
    { id: 'health', name: { zh: '上海市卫生健康委员会', en: 'Shanghai Health Commission' } },
    { id: 'education', name: { zh: '上海市教育委员会', en: 'Shanghai Education Commission' } },
    { id: 'market', name: { zh: '上海市市场监督管理局', en: 'Shanghai Administration for Market Regulation' } },
    { id: 'xuhui', name: { zh: '徐汇区人民政府', en: 'Xuhui District Government' } },
    { id: 'pudong', name: { zh: '浦东新区人民政府', en: 'Pudong New Area Government' } },
  ],
  channels: [
    {
      id: 'hotline-12345',
      name: { zh: '12345市民服务热线网上信箱', en: '12345 Citizen Hotline Online Mailbox' },
      description: {
        zh: '咨询、求助、投诉、举报，由热线统一受理派单。',
        en: 'Questions, requests for help, complaints and reports, received and routed by the hotline.',
      },
      types: ['consultation', 'help', 'complaint', 'report'],
    },
    {
      id: 'mayor-mailbox',
      name: { zh: '市长信箱', en: 'Mayor’s Mailbox' },
      description: {
        zh: '对全市工作的意见和建议，市政府办公厅受理。',
        en: 'Views and suggestions on the city’s work, received by the General Office.',
      },
      types: ['suggestion', 'complaint', 'praise'],
    },
    {
      id: 'suggestions',
      name: { zh: '人民建议征集', en: 'People’s Suggestions' },
      description: {
        zh: '为城市发展献计献策，优秀建议将公开采纳情况。',
        en: 'Ideas for the city; how good ones were taken up is published.',
      },
      types: ['suggestion'],
    },
  ],
  categories: COMMON_LETTER_CATEGORIES,
  deadlineDays: { consultation: 3, help: 5, complaint: 13, report: 15, suggestion: 15, praise: 5 },
  dueSoonShare: 0.2,
  holidays: MAINLAND_CHINA,
  // Filled in from the account's 订阅消息 settings when the AppID is registered.
  subscribeTemplateIds: [] as string[],
} satisfies CityLettersConfig
