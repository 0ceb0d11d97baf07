import { COMMENT_LENGTH } from '../../services/consultations/consultations-schemas'
import { beijingDate, endOfBeijingDay, type CalendarDate } from '../../shared/calendar/working-days'
import { lengthProblem, type LengthProblem } from '../../shared/text-limits'

const DAY = 86_400_000

/**
 * Whether comments are open at `now`: from the start of the start date to the end of the end date,
 * Beijing time, on any device in any time zone (the dates are Beijing dates, the instant is absolute).
 */
export function isOpenForComment(window: { startDate: CalendarDate; endDate: CalendarDate }, now: number): boolean {
  return now > endOfBeijingDay(window.startDate) - DAY && now <= endOfBeijingDay(window.endDate)
}

/**
 * What the countdown says: whole Beijing days left after today (`0` = closes at midnight tonight), or
 * `closed`.
 */
export function daysLeft(endDate: CalendarDate, now: number): number | 'closed' {
  if (now > endOfBeijingDay(endDate)) return 'closed'
  return Math.round((Date.parse(endDate) - Date.parse(beijingDate(now))) / DAY)
}

export interface CommentDraft {
  text: string
  consent: boolean
}

export const EMPTY_COMMENT: CommentDraft = { text: '', consent: false }

export type CommentProblem = LengthProblem | { kind: 'consent' }

export function checkComment(draft: CommentDraft): { text?: CommentProblem; consent?: CommentProblem } {
  const text = lengthProblem(draft.text, COMMENT_LENGTH)
  return { ...(text ? { text } : {}), ...(draft.consent ? {} : { consent: { kind: 'consent' } }) }
}
