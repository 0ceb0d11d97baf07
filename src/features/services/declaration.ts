import type { CityServicesConfig } from '../../cities/city-config'
import type { LocalizedText } from '../../services/common-schemas'
import type { LookupQuery, LookupResult, ServiceId } from '../../services/lookups/lookup-schemas'
import type { CalendarDate } from '../../shared/calendar/working-days'

/** What the citizen entered, by field id, after normalising (trimmed, ID numbers upper-case, no spaces). */
export type FieldValues = Record<string, string>

export interface FieldContext {
  config: CityServicesConfig
  values: FieldValues
  today: CalendarDate
}

interface FieldBase {
  id: string
  label: LocalizedText
}

/**
 * One field of a look-up form. The kind decides the input, its checks and its messages; `person-name`
 * and `resident-id` are personal: never stored unless the citizen asks to be remembered, and they
 * make the service ask for consent first.
 */
export type FieldDeclaration =
  | (FieldBase & {
      kind: 'choice'
      /** The options, which may depend on another field (a line's stops). */
      options: (context: FieldContext) => { id: string; name: LocalizedText }[]
    })
  | (FieldBase & { kind: 'text'; placeholder: LocalizedText; minLength: number; maxLength: number })
  | (FieldBase & { kind: 'person-name' | 'resident-id' | 'credit-code' })

export type FieldKind = FieldDeclaration['kind']

export const PERSONAL_KINDS: readonly FieldKind[] = ['person-name', 'resident-id']

/**
 * How a result is shown: a small set of layouts that every service composes. Values are final text in
 * the citizen's language; identity and mobile numbers arrive here already masked.
 */
export type ResultSection = { title?: string } & (
  | { layout: 'key-value'; rows: { label: string; value: string }[] }
  | { layout: 'table'; columns: string[]; rows: string[][] }
  | { layout: 'timeline'; entries: { time: string; title: string; detail?: string }[] }
  | { layout: 'list'; items: { title: string; detail?: string; tag?: string }[] }
)

export interface PresentContext {
  /** Text in the citizen's language. */
  pick: (text: LocalizedText) => string
}

/** 办事指南: what a citizen needs to know before using the service, in or out of the app. */
export interface ServiceGuide {
  eligibility: LocalizedText
  materials: LocalizedText[]
  fee: LocalizedText
  /** 承诺时限: what the city promises. */
  promisedTime: LocalizedText
  /** 法定时限: what the law allows. */
  legalTime: LocalizedText
  /** Visits to an office needed: 0 when it is done entirely online ("click once at most"). */
  visits: number
}

/**
 * A service, entirely as data: its form, the look-up it makes, how the answer reads, and its guide.
 * The generic look-up page renders any declaration; adding a service needs no page of its own.
 */
export interface ServiceDeclaration<S extends ServiceId = ServiceId> {
  id: S
  fields: readonly FieldDeclaration[]
  toQuery(values: FieldValues): LookupQuery<S>
  /** The result as sections; sections with no rows are left out, and no rows at all is the empty state. */
  present(result: LookupResult<S>, context: PresentContext): ResultSection[]
  /** Shown when the city has nothing on record for this query. */
  emptyText: LocalizedText
  guide: ServiceGuide
}

export type Declarations = { [S in ServiceId]: ServiceDeclaration<S> }
