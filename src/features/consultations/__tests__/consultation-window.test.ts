import { checkComment, daysLeft, isOpenForComment } from '../consultation-window'

const WINDOW = { startDate: '2026-11-03', endDate: '2026-11-26' }
/** 2026-11-26 23:59:59.999 and 2026-11-27 00:00:00.000 in Beijing, as instants. */
const LAST_MOMENT = Date.parse('2026-11-26T15:59:59.999Z')
const NEXT_DAY = Date.parse('2026-11-27T00:00:00.000+08:00')

describe('the comment window, on a device whose own clock reads Los Angeles time (jest.config.js)', () => {
  test('the device is far from Beijing: its own hour at the last moment is 7 in the morning', () => {
    expect(new Date(LAST_MOMENT).getHours()).toBe(7)
    expect(new Date(LAST_MOMENT).getDate()).toBe(26)
  })

  test('open until 23:59:59.999 on the end date in Beijing, closed from 00:00 the next day', () => {
    expect(isOpenForComment(WINDOW, LAST_MOMENT)).toBe(true)
    expect(isOpenForComment(WINDOW, NEXT_DAY)).toBe(false)
    expect(daysLeft(WINDOW.endDate, LAST_MOMENT)).toBe(0)
    expect(daysLeft(WINDOW.endDate, NEXT_DAY)).toBe('closed')
  })

  test('open from 00:00 on the start date in Beijing, not a moment before', () => {
    const start = Date.parse('2026-11-03T00:00:00.000+08:00')
    expect(isOpenForComment(WINDOW, start)).toBe(true)
    expect(isOpenForComment(WINDOW, start - 1)).toBe(false)
  })

  test('days left count Beijing days, whatever the hour', () => {
    expect(daysLeft(WINDOW.endDate, Date.parse('2026-11-23T00:30:00.000+08:00'))).toBe(3)
    expect(daysLeft(WINDOW.endDate, Date.parse('2026-11-23T23:30:00.000+08:00'))).toBe(3)
  })
})

describe('a comment’s checks, at every limit', () => {
  test.each([
    [9, { kind: 'too-short', min: 10 }],
    [10, undefined],
    [500, undefined],
    [501, { kind: 'too-long', max: 500 }],
  ] as const)('%i characters', (length, problem) => {
    expect(checkComment({ text: '意'.repeat(length), consent: true }).text).toEqual(problem)
  })

  test('empty text and a missing consent are each named', () => {
    expect(checkComment({ text: '  ', consent: false })).toEqual({
      text: { kind: 'required' },
      consent: { kind: 'consent' },
    })
  })
})
