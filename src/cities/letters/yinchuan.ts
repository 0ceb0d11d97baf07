import type { CityLettersConfig } from '../city-config'
import { MAINLAND_CHINA } from '../holiday-calendars'
import { COMMON_LETTER_CATEGORIES } from '../letter-categories'

export const lettersConfig = {
  caseCode: 'YC',
  departments: [
    { id: 'transport', name: { zh: '银川市交通运输局', en: 'Yinchuan Municipal Transport Bureau' } },
    {
      id: 'housing',
      name: { zh: '银川市住房和城乡建设局', en: 'Yinchuan Housing and Urban-Rural Development Bureau' },
    },
    { id: 'urban', name: { zh: '银川市城市管理局', en: 'Yinchuan Urban Management Bureau' } },
    { id: 'ecology', name: { zh: '银川市生态环境局', en: 'Yinchuan Ecology and Environment Bureau' } },
    {
      id: 'hrss',
      name: { zh: '银川市人力资源和社会保障局', en: 'Yinchuan Human Resources and Social Security Bureau' },
    },
    { id: 'health', name: { zh: '银川市卫生健康委员会', en: 'Yinchuan Health Commission' } },
    { id: 'education', name: { zh: '银川市教育局', en: 'Yinchuan Education Bureau' } },
    { id: 'jinfeng', name: { zh: '金凤区人民政府', en: 'Jinfeng District Government' } },
  ],
  channels: [
    {
      id: 'wenzheng',
      name: { zh: '问政银川', en: 'Wenzheng Yinchuan' },
      description: { zh: '公开问政，部门公开答复。', en: 'Ask in public; departments answer in public.' },
      types: ['consultation', 'help', 'complaint', 'report', 'suggestion'],
    },
    {
      id: 'mayor-mailbox',
      name: { zh: '市长信箱', en: 'Mayor’s Mailbox' },
      description: { zh: '对全市工作的意见和建议。', en: 'Views and suggestions on the city’s work.' },
      types: ['suggestion', 'complaint', 'praise'],
    },
    {
      id: 'hotline-12345',
      name: { zh: '12345政务服务便民热线', en: '12345 Government Service Hotline' },
      description: {
        zh: '咨询求助，热线统一受理。',
        en: 'Questions and requests for help, received by the hotline.',
      },
      types: ['consultation', 'help'],
    },
  ],
  categories: COMMON_LETTER_CATEGORIES,
  deadlineDays: { consultation: 3, help: 5, complaint: 13, report: 15, suggestion: 15, praise: 5 },
  dueSoonShare: 0.2,
  holidays: MAINLAND_CHINA,
  // Filled in from the account's 订阅消息 settings when the AppID is registered.
  subscribeTemplateIds: [] as string[],
} satisfies CityLettersConfig
