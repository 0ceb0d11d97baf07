import { daysSincePost, INACTIVE_AFTER_DAYS, isInactive } from '../inactive'

const DAY = 24 * 3_600_000
const NOW = Date.parse('2026-11-23T02:00:00.000Z')

test('the rule is 14 days', () => {
  expect(INACTIVE_AFTER_DAYS).toBe(14)
})

test.each([
  [13, false],
  [14, true],
  [15, true],
])('%i days since the last post: inactive %s', (days, inactive) => {
  expect(isInactive(NOW - days * DAY, NOW)).toBe(inactive)
  expect(daysSincePost(NOW - days * DAY, NOW)).toBe(days)
})

test('one millisecond short of 14 days is still active', () => {
  expect(isInactive(NOW - 14 * DAY + 1, NOW)).toBe(false)
  expect(daysSincePost(NOW - 14 * DAY + 1, NOW)).toBe(13)
})
