import type { CityLettersConfig } from '../city-config'
import { MAINLAND_CHINA } from '../holiday-calendars'
import { COMMON_LETTER_CATEGORIES } from '../letter-categories'

export const lettersConfig = {
  caseCode: 'CD',
  departments: [
    { id: 'transport', name: { zh: '成都市交通运输局', en: 'Chengdu Municipal Transport Bureau' } },
    { id: 'housing', name: { zh: '成都市住房和城乡建设局', en: 'Chengdu Housing and Urban-Rural Development Bureau' } },
    { id: 'urban', name: { zh: '成都市城市管理委员会', en: 'Chengdu Urban Management Commission' } },
    { id: 'ecology', name: { zh: '成都市生态环境局', en: 'Chengdu Ecology and Environment Bureau' } },
    {
      id: 'hrss',
      name: { zh: '成都市人力资源和社会保障局', en: 'Chengdu Human Resources and Social Security Bureau' },
    },
    { id: 'health', name: { zh: '成都市卫生健康委员会', en: 'Chengdu Health Commission' } },
    { id: 'education', name: { zh: '成都市教育局', en: 'Chengdu Education Bureau' } },
    { id: 'market', name: { zh: '成都市市场监督管理局', en: 'Chengdu Administration for Market Regulation' } },
    { id: 'jinniu', name: { zh: '金牛区人民政府', en: 'Jinniu District Government' } },
    { id: 'wuhou', name: { zh: '武侯区人民政府', en: 'Wuhou District Government' } },
  ],
  channels: [
    {
      id: 'say-to-mayor',
      name: { zh: '我向市长说句话', en: 'I Say a Word to the Mayor' },
      description: {
        zh: '直接向市长反映问题、提出建议。',
        en: 'Raise a problem or make a suggestion directly to the mayor.',
      },
      types: ['suggestion', 'complaint', 'help', 'praise'],
    },
    {
      id: 'write-letter',
      name: { zh: '我要写信', en: 'I Want to Write a Letter' },
      description: {
        zh: '各类诉求，由市网络理政中心受理转办。',
        en: 'Any request, received and routed by the city’s online governance centre.',
      },
      types: ['consultation', 'help', 'complaint', 'report', 'suggestion'],
    },
    {
      id: 'inquiry',
      name: { zh: '来信查询', en: 'Inquiry by Letter' },
      description: {
        zh: '政策咨询与办事疑问，由对口部门答复。',
        en: 'Questions about policies and procedures, answered by the department concerned.',
      },
      types: ['consultation'],
    },
  ],
  categories: COMMON_LETTER_CATEGORIES,
  deadlineDays: { consultation: 3, help: 5, complaint: 10, report: 15, suggestion: 15, praise: 5 },
  dueSoonShare: 0.2,
  holidays: MAINLAND_CHINA,
  // Filled in from the account's 订阅消息 settings when the AppID is registered.
  subscribeTemplateIds: [] as string[],
} satisfies CityLettersConfig
