import type { CityId } from '../../config/settings'
import type { LocalizedText } from '../services/common-schemas'
import type { LetterType } from '../services/letters/letters-schemas'
import type { ServiceId } from '../services/lookups/lookup-schemas'
import type { HolidayCalendar } from '../shared/calendar/working-days'

export interface NewsColumn {
  id: string
  name: LocalizedText
}

export interface Department {
  id: string
  name: LocalizedText
}

/** A way to write to the city (市长信箱, 12345 …) and the kinds of letter it takes. */
export interface LetterChannel {
  id: string
  name: LocalizedText
  description: LocalizedText
  types: readonly LetterType[]
}

/**
 * A city's letters portal: loaded only when letters are used (cities/letters/), so Home does not carry
 * it. A fourth city adds a file there too.
 */
export interface CityLettersConfig {
  /** Two capital letters that open the city's case numbers, e.g. SH-20261123-000123. */
  caseCode: string
  /** Departments a letter can be addressed to or handled by. */
  departments: Department[]
  channels: LetterChannel[]
  categories: { id: string; name: LocalizedText }[]
  /** Promised time limit per letter type, in working days. */
  deadlineDays: Record<LetterType, number>
  /** A case is due soon (orange) when this share of its working days or less remains. */
  dueSoonShare: number
  /** Public holidays and make-up working days, for deadlines. */
  holidays: HolidayCalendar
  /**
   * WeChat subscription-message templates for case progress (at most three), from the account's own
   * 订阅消息 settings: they belong to one AppID, so each city fills in its own. Empty: do not ask.
   */
  subscribeTemplateIds: string[]
}

/**
 * Everything that makes one city's portal its own. Components read this; none of them names a city.
 * A fourth city needs a new file that `satisfies CityConfig`, its registry entry, its identity folder
 * entries (identity/<city>.json: names and theme colour, which the build also reads for the H5 app
 * shell; identity/<city>.svg: the header banner) and its mock data.
 */
export interface CityConfig {
  id: CityId
  name: LocalizedText
  /** The official account the portal belongs to, e.g. 上海发布. */
  accountName: LocalizedText
  /** Theme colour behind white text: must keep a contrast of at least 4.5:1 (tested). */
  themeColor: string
  /** The citizens' service hotline. */
  hotline: string
  /** News columns in the order the home page shows them. */
  newsColumns: NewsColumn[]
  /** The look-ups the Services tab offers, in order within each theme (details in cities/services/). */
  services: readonly ServiceId[]
  /** The Interact tab's columns beside letters, in order: each opens questions or consultations. */
  interaction: InteractionColumn[]
}

/**
 * A column of the city's interaction (Shanghai's #You Ask and I Answer, #Reply, #Investigations;
 * Yinchuan's 问政银川): the same questions or consultations pages, under the city's own name.
 */
export interface InteractionColumn {
  id: string
  name: LocalizedText
  description: LocalizedText
  kind: 'questions' | 'consultations'
  /** Questions only: show this topic's questions (cities/interaction/) rather than all. */
  topicId?: string
}

/** A city's questions and consultations portal, loaded on first use (cities/interaction/). */
export interface CityInteractionConfig {
  /** What questions are about, for filtering: 交通出行, 教育 … */
  topics: { id: string; name: LocalizedText }[]
}

/** A district, road, bus line or stop a look-up can ask about. */
export interface Place {
  id: string
  name: LocalizedText
}

/** Who answers for a service in this city: shown in its guide (办事指南). */
export interface ServiceContact {
  department: LocalizedText
  hotline: string
}

/**
 * A city's services portal: the places its look-ups choose from and who answers for each service.
 * Loaded only by the look-up page and the mock (cities/services/), so the Services tab does not carry it.
 */
export interface CityServicesConfig {
  districts: Place[]
  /** Major roads for traffic conditions (districts can be asked about too). */
  roads: Place[]
  /** Bus lines with their stops in one direction of travel, first stop first. */
  busLines: (Place & { stops: Place[] })[]
  /** One entry for every service in `CityConfig.services` (tested). */
  contacts: Partial<Record<ServiceId, ServiceContact>>
}
