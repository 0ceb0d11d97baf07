import type { LocalizedText } from '../../../services/common-schemas'
import type { FieldDeclaration, PresentContext, ServiceGuide } from '../declaration'

/** Name and identity number, in this order, for every personal look-up. */
export const PERSON_FIELDS = [
  { id: 'name', kind: 'person-name', label: { zh: '姓名', en: 'Name' } },
  { id: 'residentId', kind: 'resident-id', label: { zh: '身份证号码', en: 'Resident ID number' } },
] as const satisfies readonly FieldDeclaration[]

export const DISTRICT_FIELD: FieldDeclaration = {
  id: 'districtId',
  kind: 'choice',
  label: { zh: '区县', en: 'District' },
  options: ({ config }) => config.districts,
}

/** The guide of a public look-up anyone can make online: nothing to bring, nothing to pay, no visit. */
export const PUBLIC_LOOKUP: Omit<ServiceGuide, 'eligibility'> = {
  materials: [{ zh: '无需材料', en: 'Nothing needed' }],
  fee: { zh: '免费', en: 'Free' },
  promisedTime: { zh: '即查即得', en: 'Immediate' },
  legalTime: { zh: '无', en: 'None' },
  visits: 0,
}

/** The national AQI band (HJ 633-2012) an index falls in: 优, 良 … 严重污染. */
export function aqiBand(aqi: number): LocalizedText {
  if (aqi <= 50) return { zh: '优', en: 'Good' }
  if (aqi <= 100) return { zh: '良', en: 'Moderate' }
  if (aqi <= 150) return { zh: '轻度污染', en: 'Unhealthy for sensitive groups' }
  if (aqi <= 200) return { zh: '中度污染', en: 'Unhealthy' }
  if (aqi <= 300) return { zh: '重度污染', en: 'Very unhealthy' }
  return { zh: '严重污染', en: 'Hazardous' }
}

/** `1234.5` → `¥1,234.50`. */
export function formatYuan(amount: number): string {
  const [whole, fen] = amount.toFixed(2).split('.')
  return `¥${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fen}`
}

/** A LocalizedText label lookup for a result's enumerated values. */
export const labelOf =
  <K extends string>(labels: Record<K, { zh: string; en: string }>, context: PresentContext) =>
  (key: K) =>
    context.pick(labels[key])
