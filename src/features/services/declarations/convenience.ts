import { GARBAGE_ITEM_LENGTH } from '../../../services/lookups/lookup-schemas'
import type { ServiceDeclaration } from '../declaration'
import { DISTRICT_FIELD, labelOf, PUBLIC_LOOKUP } from './shared-fields'

export const servicePoints: ServiceDeclaration<'service-points'> = {
  id: 'service-points',
  fields: [DISTRICT_FIELD],
  toQuery: ({ districtId }) => ({ districtId }),
  present({ points }, { pick }) {
    return [
      {
        layout: 'list',
        items: points.map((point) => ({
          title: pick(point.name),
          detail: `${pick(point.address)}\n${pick(point.hours)}`,
          tag: point.phone,
        })),
      },
    ]
  },
  emptyText: { zh: '这个区县暂无服务点信息', en: 'No service centres listed for this district' },
  guide: {
    eligibility: { zh: '所有市民和企业', en: 'Every resident and business' },
    ...PUBLIC_LOOKUP,
  },
}

const CATEGORIES = {
  recyclable: { zh: '可回收物', en: 'Recyclable' },
  hazardous: { zh: '有害垃圾', en: 'Hazardous' },
  wet: { zh: '湿垃圾', en: 'Wet (food) waste' },
  dry: { zh: '干垃圾', en: 'Dry (residual) waste' },
}

export const garbageSorting: ServiceDeclaration<'garbage-sorting'> = {
  id: 'garbage-sorting',
  fields: [
    {
      id: 'item',
      kind: 'text',
      label: { zh: '物品名称', en: 'Item' },
      placeholder: { zh: '例如：电池、西瓜皮', en: 'e.g. battery, melon rind' },
      minLength: GARBAGE_ITEM_LENGTH.min,
      maxLength: GARBAGE_ITEM_LENGTH.max,
    },
  ],
  toQuery: ({ item }) => ({ item }),
  present({ matches }, context) {
    return [
      {
        layout: 'list',
        items: matches.map((match) => ({
          title: context.pick(match.item),
          tag: labelOf(CATEGORIES, context)(match.category),
          detail: context.pick(match.tip),
        })),
      },
    ]
  },
  emptyText: { zh: '没有找到这件物品，换个说法试试', en: 'Item not found; try another word' },
  guide: {
    eligibility: { zh: '所有市民', en: 'Everyone' },
    ...PUBLIC_LOOKUP,
  },
}
