/**
 * The accountability board, computed from the letters and questions the portals show, never typed in.
 * Pure: the mock and a real server compute the same figures from the same cases.
 *
 * For a department (a case belongs to it when its current `department` is the department's Chinese
 * name; a question when its `departmentId` is the department's id), and for the city (every case and
 * every question):
 * - received: its cases, in any state.
 * - repliedInTime / dueOrReplied → inTimeShare: cases whose first `reply` entry is at or before the end
 *   of their `due` date (Beijing time; an extension moves `due`), as a share of the cases replied to
 *   plus the cases still open past the end of their due date. Null when that is none.
 * - medianReplyWorkingDays: over the replied cases, working days (the city's calendar) from the Beijing
 *   date of submission to that of the first reply (`workingDaysBetween`); the middle one, or the mean
 *   of the two middle ones. Null when nothing was replied to.
 * - satisfied / rated → satisfactionShare: cases rated `very-satisfied` or `satisfied`, as a share of
 *   the rated cases. Null when none is rated.
 * - openDueSoon (orange) / openOverdue (red): open cases (submitted, accepted, assigned, in progress:
 *   not yet replied to) that `deadlineState` puts due soon or overdue, counted from the Beijing date
 *   of submission with the city's `dueSoonShare`.
 * - questionsAnswered: its questions in the `answered` state.
 */
import type { CityLettersConfig } from '../../cities/city-config'
import { beijingDate, deadlineState, endOfBeijingDay, workingDaysBetween } from '../../shared/calendar/working-days'
import type { Case, CaseState } from '../letters/letters-schemas'
import type { Question } from '../questions/questions-schemas'
import type { Board, BoardFigures } from './matrix-schemas'

export type BoardConfig = Pick<CityLettersConfig, 'holidays' | 'dueSoonShare' | 'departments'>

const OPEN_STATES: readonly CaseState[] = ['submitted', 'accepted', 'assigned', 'in-progress']

function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const shareOf = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/** The figures of a set of cases and questions, as of `now`. */
export function boardFigures(cases: Case[], questions: Question[], now: number, config: BoardConfig): BoardFigures {
  let repliedInTime = 0
  let dueOrReplied = 0
  let rated = 0
  let satisfied = 0
  let openDueSoon = 0
  let openOverdue = 0
  const replyDays: number[] = []
  for (const item of cases) {
    const submitted = Date.parse(item.submittedAt)
    const firstReply = item.timeline.find((entry) => entry.step === 'reply')
    if (firstReply) {
      const repliedAt = Date.parse(firstReply.at)
      dueOrReplied += 1
      if (repliedAt <= endOfBeijingDay(item.due)) repliedInTime += 1
      replyDays.push(workingDaysBetween(beijingDate(submitted), beijingDate(repliedAt), config.holidays))
    } else if (OPEN_STATES.includes(item.state)) {
      const { state } = deadlineState(
        now,
        { start: beijingDate(submitted), due: item.due },
        config.holidays,
        config.dueSoonShare,
      )
      if (state === 'overdue') {
        openOverdue += 1
        dueOrReplied += 1
      } else if (state === 'due-soon') openDueSoon += 1
    }
    if (item.rating) {
      rated += 1
      if (item.rating === 'very-satisfied' || item.rating === 'satisfied') satisfied += 1
    }
  }
  return {
    received: cases.length,
    dueOrReplied,
    repliedInTime,
    inTimeShare: shareOf(repliedInTime, dueOrReplied),
    medianReplyWorkingDays: median(replyDays),
    rated,
    satisfied,
    satisfactionShare: shareOf(satisfied, rated),
    openDueSoon,
    openOverdue,
    questionsAnswered: questions.filter((q) => q.state === 'answered').length,
  }
}

/**
 * A department's board (`departmentId`), or the city's (null) with one row per department of the
 * letters portal, in the config's order. An unknown department id is the caller's to refuse.
 */
export function computeBoard(
  cases: Case[],
  questions: Question[],
  now: number,
  config: BoardConfig,
  departmentId: string | null,
): Board {
  const ofDepartment = (id: string, zh: string) =>
    boardFigures(
      cases.filter((c) => c.department === zh),
      questions.filter((q) => q.departmentId === id),
      now,
      config,
    )
  const asOf = new Date(now).toISOString()
  if (departmentId !== null) {
    const department = config.departments.find((d) => d.id === departmentId)
    const figures = department ? ofDepartment(department.id, department.name.zh) : boardFigures([], [], now, config)
    return { departmentId, asOf, figures, departments: [] }
  }
  return {
    departmentId: null,
    asOf,
    figures: boardFigures(cases, questions, now, config),
    departments: config.departments.map((d) => ({
      departmentId: d.id,
      name: d.name,
      figures: ofDepartment(d.id, d.name.zh),
    })),
  }
}
