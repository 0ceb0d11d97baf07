import type { ServiceDeclaration } from '../declaration'
import { labelOf } from './shared-fields'

const STATUS = {
  active: { zh: '存续（在营）', en: 'Active' },
  revoked: { zh: '吊销', en: 'Licence revoked' },
  cancelled: { zh: '注销', en: 'Deregistered' },
}

export const enterpriseLicence: ServiceDeclaration<'enterprise-licence'> = {
  id: 'enterprise-licence',
  fields: [
    { id: 'creditCode', kind: 'credit-code', label: { zh: '统一社会信用代码', en: 'Unified social credit code' } },
  ],
  toQuery: ({ creditCode }) => ({ creditCode }),
  present({ enterprise }, context) {
    const { pick } = context
    return [
      {
        layout: 'key-value',
        rows: enterprise
          ? [
              { label: pick({ zh: '企业名称', en: 'Name' }), value: enterprise.name },
              { label: pick({ zh: '登记状态', en: 'Status' }), value: labelOf(STATUS, context)(enterprise.status) },
              { label: pick({ zh: '企业类型', en: 'Type' }), value: pick(enterprise.type) },
              { label: pick({ zh: '法定代表人', en: 'Legal representative' }), value: enterprise.legalRepresentative },
              { label: pick({ zh: '注册资本', en: 'Registered capital' }), value: enterprise.registeredCapital },
              { label: pick({ zh: '成立日期', en: 'Established' }), value: enterprise.establishedOn },
              { label: pick({ zh: '登记机关', en: 'Registered with' }), value: pick(enterprise.authority) },
              { label: pick({ zh: '住所', en: 'Address' }), value: enterprise.address },
            ]
          : [],
      },
    ]
  },
  emptyText: { zh: '没有以这个代码登记的企业', en: 'No enterprise is registered under this code' },
  guide: {
    eligibility: { zh: '任何单位和个人（企业登记信息依法公示）', en: 'Anyone: registration details are public by law' },
    materials: [
      { zh: '企业的统一社会信用代码（营业执照上的 18 位代码）', en: 'The 18-character code on the business licence' },
    ],
    fee: { zh: '免费', en: 'Free' },
    promisedTime: { zh: '即查即得', en: 'Immediate' },
    legalTime: { zh: '20 个工作日内公示', en: 'Published within 20 working days' },
    visits: 0,
  },
}
