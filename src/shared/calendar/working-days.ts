/**
 * Working-day arithmetic for deadlines (letters, questions, consultations), in Beijing dates.
 * Government time limits are counted in working days: weekends and public holidays are skipped, and
 * the weekend days the State Council declares make-up working days (调休上班) count.
 * Pure and synchronous: the mock, the HTTP server and the UI compute the same dates from it.
 */
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** A date as `YYYY-MM-DD`, meaning that calendar day in Beijing. */
export type CalendarDate = string

export interface HolidayCalendar {
  /** Years whose official schedule this calendar holds. Outside them only weekends are known. */
  years: readonly number[]
  /** Days off, including weekdays taken for a holiday (放假调休). */
  holidays: readonly CalendarDate[]
  /** Saturdays and Sundays that are working days (调休上班). */
  makeUpWorkdays: readonly CalendarDate[]
}

const BEIJING_OFFSET_MINUTES = 480

/** The Beijing calendar date of an instant. */
export function beijingDate(instant: number): CalendarDate {
  return dayjs(instant).utcOffset(BEIJING_OFFSET_MINUTES).format('YYYY-MM-DD')
}

function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD')
}

export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar): boolean {
  if (calendar.makeUpWorkdays.includes(date)) return true
  if (calendar.holidays.includes(date)) return false
  const weekday = dayjs.utc(date).day()
  return weekday !== 0 && weekday !== 6
}

/** Whether the calendar knows every public holiday between two dates (inclusive). */
export function calendarCovers(from: CalendarDate, to: CalendarDate, calendar: HolidayCalendar): boolean {
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    if (!calendar.years.includes(year)) return false
  }
  return true
}

/**
 * The date of the `days`-th working day after `start` (the day of submission itself does not count:
 * "within N working days of receipt" ends on the N-th working day that follows).
 */
export function addWorkingDays(start: CalendarDate, days: number, calendar: HolidayCalendar): CalendarDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${days}`)
  let date = start
  let counted = 0
  while (counted < days) {
    date = shiftDate(date, 1)
    if (isWorkingDay(date, calendar)) counted += 1
  }
  return date
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: CalendarDate, to: CalendarDate, calendar: HolidayCalendar): number {
  let count = 0
  for (let date = shiftDate(from, 1); date <= to; date = shiftDate(date, 1)) {
    if (isWorkingDay(date, calendar)) count += 1
  }
  return count
}

/** The last instant of a Beijing date (23:59:59.999 there), as epoch milliseconds. */
export function endOfBeijingDay(date: CalendarDate): number {
  return dayjs.utc(date).add(1, 'day').valueOf() - BEIJING_OFFSET_MINUTES * 60_000 - 1
}

export type DeadlineState = 'on-time' | 'due-soon' | 'overdue'

/**
 * Where a case stands against its deadline: overdue after the end of its due date (Beijing time), due
 * soon (orange) when `dueSoonShare` or less of its working days remain, on time otherwise.
 * Today counts as remaining while it is a working day on or before the due date.
 */
export function deadlineState(
  now: number,
  deadline: { start: CalendarDate; due: CalendarDate },
  calendar: HolidayCalendar,
  dueSoonShare = 0.2,
): { state: DeadlineState; workingDaysLeft: number } {
  if (now > endOfBeijingDay(deadline.due)) return { state: 'overdue', workingDaysLeft: 0 }
  const today = beijingDate(now)
  const total = workingDaysBetween(deadline.start, deadline.due, calendar)
  const left = today <= deadline.start ? total : workingDaysBetween(shiftDate(today, -1), deadline.due, calendar)
  return { state: left <= total * dueSoonShare ? 'due-soon' : 'on-time', workingDaysLeft: left }
}
