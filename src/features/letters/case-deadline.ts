import type { CityLettersConfig } from '../../cities/city-config'
import type { CaseState } from '../../services/letters/letters-schemas'
import { beijingDate, deadlineState, type DeadlineState } from '../../shared/calendar/working-days'

/** States in which the city still owes the citizen an answer: only these can be due soon or overdue. */
const AWAITING_ANSWER: readonly CaseState[] = ['submitted', 'accepted', 'assigned', 'in-progress']

export interface CaseUrgency {
  state: DeadlineState
  workingDaysLeft: number
}

/**
 * Where an open case stands against its promised deadline, for the orange and red words on the tracking
 * page and in My letters; `null` once the city has answered (or the case is no longer its to answer).
 */
export function caseUrgency(
  c: { state: CaseState; submittedAt: string; due: string },
  letters: Pick<CityLettersConfig, 'holidays' | 'dueSoonShare'>,
  now: number,
): CaseUrgency | null {
  if (!AWAITING_ANSWER.includes(c.state)) return null
  return deadlineState(
    now,
    { start: beijingDate(Date.parse(c.submittedAt)), due: c.due },
    letters.holidays,
    letters.dueSoonShare,
  )
}
