import { MAINLAND_CHINA } from '../../../cities/holiday-calendars'
import { addWorkingDays, endOfBeijingDay } from '../../../shared/calendar/working-days'
import { caseUrgency } from '../case-deadline'

const letters = { holidays: MAINLAND_CHINA, dueSoonShare: 0.2 }
// A help letter sent on Friday 2026-09-18 with five working days. Sunday 20 September is a make-up
// working day, so it is due on Thursday 2026-09-24, not on Friday.
const open = { state: 'in-progress' as const, submittedAt: '2026-09-18T02:00:00.000Z', due: '2026-09-24' }
const at = (iso: string) => Date.parse(`${iso}+08:00`)

test('an open case is on time, then due soon (orange) with 20% or less left, then overdue (red)', () => {
  expect(addWorkingDays('2026-09-18', 5, MAINLAND_CHINA)).toBe(open.due)
  expect(caseUrgency(open, letters, at('2026-09-18T10:00:00'))).toEqual({ state: 'on-time', workingDaysLeft: 5 })
  expect(caseUrgency(open, letters, at('2026-09-23T09:00:00'))).toEqual({ state: 'on-time', workingDaysLeft: 2 })
  expect(caseUrgency(open, letters, at('2026-09-24T09:00:00'))).toEqual({ state: 'due-soon', workingDaysLeft: 1 })
  expect(caseUrgency(open, letters, endOfBeijingDay('2026-09-24') + 1)).toEqual({
    state: 'overdue',
    workingDaysLeft: 0,
  })
})

test('a case the city has answered, closed, refused or merged is never orange or red', () => {
  const late = endOfBeijingDay('2026-09-24') + 86_400_000
  for (const state of ['replied', 'closed', 'not-accepted', 'merged'] as const) {
    expect(caseUrgency({ ...open, state }, letters, late)).toBeNull()
  }
  expect(caseUrgency({ ...open, state: 'submitted' }, letters, late)?.state).toBe('overdue')
})
