import { MAINLAND_CHINA } from '../../../cities/holiday-calendars'
import {
  addWorkingDays,
  beijingDate,
  calendarCovers,
  deadlineState,
  endOfBeijingDay,
  isWorkingDay,
  workingDaysBetween,
} from '../working-days'

const cal = MAINLAND_CHINA
/** An instant given in Beijing time. */
const beijing = (dateTime: string) => Date.parse(`${dateTime}+08:00`)

describe('the 2026 calendar', () => {
  test.each([
    ['2026-02-13', true, 'Friday before the Spring Festival'],
    ['2026-02-14', true, 'Saturday, make-up working day'],
    ['2026-02-16', false, 'Monday in the Spring Festival'],
    ['2026-02-23', false, 'Monday, last day of the Spring Festival'],
    ['2026-02-24', true, 'Tuesday after'],
    ['2026-02-28', true, 'Saturday, make-up working day'],
    ['2026-09-19', false, 'an ordinary Saturday'],
    ['2026-09-20', true, 'Sunday, make-up working day before National Day'],
    ['2026-10-07', false, 'Wednesday, National Day holiday'],
    ['2026-10-10', true, 'Saturday, make-up working day after National Day'],
    ['2026-11-23', true, 'an ordinary Monday'],
    ['2026-11-22', false, 'an ordinary Sunday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(isWorkingDay(date, cal)).toBe(working)
  })

  test('has every weekday of the 7 holidays and all 6 make-up days', () => {
    expect(cal.holidays).toHaveLength(33)
    expect(cal.makeUpWorkdays).toHaveLength(6)
    for (const day of cal.makeUpWorkdays) expect([0, 6]).toContain(new Date(`${day}T12:00:00Z`).getUTCDay())
  })
})

describe('adding working days', () => {
  test('across the Spring Festival, counting the make-up Saturday', () => {
    // 14th (make-up Saturday) = 1, 15th–23rd off, 24th = 2, 25th = 3.
    expect(addWorkingDays('2026-02-13', 3, cal)).toBe('2026-02-25')
    expect(addWorkingDays('2026-02-12', 5, cal)).toBe('2026-02-26')
  })

  test('across National Day, counting the make-up days on both sides', () => {
    expect(addWorkingDays('2026-09-18', 1, cal)).toBe('2026-09-20')
    // 29th, 30th, then 8th, 9th and the make-up Saturday 10th.
    expect(addWorkingDays('2026-09-28', 5, cal)).toBe('2026-10-10')
    // A complaint's 13 days from the eve of the Mid-Autumn Festival.
    expect(addWorkingDays('2026-09-24', 13, cal)).toBe('2026-10-20')
  })

  test('over an ordinary weekend', () => {
    expect(addWorkingDays('2026-11-20', 3, cal)).toBe('2026-11-25')
    expect(addWorkingDays('2026-11-21', 1, cal)).toBe('2026-11-23')
  })

  test('zero days is the day itself; nonsense is refused', () => {
    expect(addWorkingDays('2026-11-23', 0, cal)).toBe('2026-11-23')
    expect(() => addWorkingDays('2026-11-23', -1, cal)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-11-23', 1.5, cal)).toThrow(RangeError)
  })

  test('counting back between dates agrees with adding', () => {
    expect(workingDaysBetween('2026-09-24', '2026-10-20', cal)).toBe(13)
    expect(workingDaysBetween('2026-02-13', '2026-02-25', cal)).toBe(3)
    expect(workingDaysBetween('2026-02-25', '2026-02-13', cal)).toBe(0)
  })

  test('the calendar says when it does not know a year yet', () => {
    expect(calendarCovers('2026-02-01', '2026-12-31', cal)).toBe(true)
    expect(calendarCovers('2026-12-28', '2027-01-08', cal)).toBe(false)
  })
})

describe('Beijing dates, whatever the device’s time zone', () => {
  test('an instant late in the UTC evening is already tomorrow in Beijing', () => {
    expect(beijingDate(Date.parse('2026-02-24T16:30:00Z'))).toBe('2026-02-25')
    expect(beijingDate(Date.parse('2026-02-24T15:59:59Z'))).toBe('2026-02-24')
  })

  test('a due date ends at 23:59:59.999 Beijing time', () => {
    expect(endOfBeijingDay('2026-02-25')).toBe(Date.parse('2026-02-25T15:59:59.999Z'))
  })
})

describe('deadline state: on time, due soon (orange), overdue (red)', () => {
  const fiveDays = { start: '2026-09-28', due: '2026-10-10' }

  test.each([
    ['2026-09-28T15:00:00', 'on-time', 5],
    ['2026-09-29T10:00:00', 'on-time', 5],
    ['2026-10-05T10:00:00', 'on-time', 3],
    ['2026-10-09T10:00:00', 'on-time', 2],
    ['2026-10-10T09:00:00', 'due-soon', 1],
    ['2026-10-10T23:59:59.999', 'due-soon', 1],
    ['2026-10-11T00:00:00', 'overdue', 0],
  ] as const)('at %s Beijing time: %s, %i working days left', (at, state, left) => {
    expect(deadlineState(beijing(at), fiveDays, cal)).toEqual({ state, workingDaysLeft: left })
  })

  test('a 13-day case turns orange with 2 working days left (20% of 13 is 2.6)', () => {
    const complaint = { start: '2026-09-24', due: '2026-10-20' }
    expect(deadlineState(beijing('2026-10-16T10:00:00'), complaint, cal).state).toBe('on-time')
    expect(deadlineState(beijing('2026-10-19T10:00:00'), complaint, cal)).toEqual({
      state: 'due-soon',
      workingDaysLeft: 2,
    })
  })

  test('an extension moves the due date on by working days from the old one', () => {
    const extended = { start: '2026-09-28', due: addWorkingDays('2026-10-10', 5, cal) }
    expect(extended.due).toBe('2026-10-16')
    expect(deadlineState(beijing('2026-10-12T09:00:00'), extended, cal).state).toBe('on-time')
  })
})
