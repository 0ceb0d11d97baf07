import type { ServiceDeclaration } from '../declaration'
import { DISTRICT_FIELD } from './shared-fields'

export const schoolEnrollment: ServiceDeclaration<'school-enrollment'> = {
  id: 'school-enrollment',
  fields: [
    DISTRICT_FIELD,
    {
      id: 'stage',
      kind: 'choice',
      label: { zh: '学段', en: 'School stage' },
      options: () => [
        { id: 'primary', name: { zh: '小学一年级', en: 'Primary, year 1' } },
        { id: 'junior-high', name: { zh: '初中预备/一年级', en: 'Junior high, first year' } },
      ],
    },
  ],
  toQuery: ({ districtId, stage }) => ({ districtId, stage: stage === 'junior-high' ? 'junior-high' : 'primary' }),
  present(result, { pick }) {
    return [
      {
        title: pick({ zh: `${result.year} 年招生日程`, en: `${result.year} enrollment dates` }),
        layout: 'timeline',
        entries: result.steps.map((step) => ({
          time: step.to ? `${step.from} – ${step.to}` : step.from,
          title: pick(step.title),
          detail: pick(step.detail),
        })),
      },
      {
        title: pick({ zh: '招生规则', en: 'Rules' }),
        layout: 'list',
        items: result.rules.map((rule) => ({ title: pick(rule) })),
      },
    ]
  },
  emptyText: { zh: '今年的招生日程尚未公布', en: 'This year’s dates have not been published yet' },
  guide: {
    eligibility: {
      zh: '本市户籍或持有本市居住证、符合入学年龄的适龄儿童少年的家长',
      en: 'Parents of children of school age with local household registration or a local residence permit',
    },
    materials: [
      { zh: '户口簿或居住证', en: 'Household register or residence permit' },
      { zh: '房产证或租赁合同', en: 'Property deed or registered tenancy' },
      { zh: '儿童预防接种证', en: 'The child’s vaccination certificate' },
    ],
    fee: { zh: '免费', en: 'Free' },
    promisedTime: { zh: '按招生日程', en: 'As scheduled' },
    legalTime: { zh: '按招生日程', en: 'As scheduled' },
    visits: 0,
  },
}
