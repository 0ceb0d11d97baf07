import { formatCount, formatDateTime, formatRelative } from '../format/time'
import { en, zh } from '../i18n/messages'
import { createTranslate, pickText } from '../i18n/translate'

const t = createTranslate('zh')
const NOW = Date.parse('2026-11-23T02:00:00.000Z')

test('absolute times are Beijing time whatever the instant’s zone', () => {
  expect(formatDateTime('2026-11-22T16:30:00.000Z')).toBe('2026-11-23 00:30')
  expect(formatDateTime('2026-11-23T00:30:00+08:00')).toBe('2026-11-23 00:30')
})

test('relative times', () => {
  expect(formatRelative(NOW - 20_000, NOW, t)).toBe('刚刚')
  expect(formatRelative(NOW - 5 * 60_000, NOW, t)).toBe('5 分钟前')
  expect(formatRelative(NOW - 3 * 3_600_000, NOW, t)).toBe('3 小时前')
  expect(formatRelative(NOW - 30 * 3_600_000, NOW, createTranslate('en'))).toBe('1 day ago')
  expect(formatRelative(NOW - 2 * 86_400_000, NOW, t)).toBe('2 天前')
  expect(formatRelative(NOW - 30 * 86_400_000, NOW, t)).toBe('10-24')
  // 04:00 on 1 January in Beijing is this year there, though still last year in UTC.
  expect(formatRelative('2025-12-31T20:00:00.000Z', NOW, createTranslate('en'))).toBe('01-01')
  expect(formatRelative('2025-06-01T00:00:00.000Z', NOW, t)).toBe('2025-06-01')
})

test('counts read like the apps citizens know', () => {
  expect(formatCount(9_999, 'zh')).toBe('9999')
  expect(formatCount(12_345, 'zh')).toBe('1.2万')
  expect(formatCount(20_000, 'zh')).toBe('2万')
  expect(formatCount(1_500, 'en')).toBe('1.5k')
})

test('both catalogues have the same keys and the same placeholders', () => {
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort()
  for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
    expect([key, placeholders(en[key])]).toEqual([key, placeholders(zh[key])])
  }
})

test('placeholders are filled; content falls back to Chinese when untranslated', () => {
  expect(createTranslate('en')('feed.reads', { count: '1.2k' })).toBe('1.2k reads')
  expect(pickText({ zh: '通知', en: '' }, 'en')).toBe('通知')
  expect(pickText({ zh: '通知', en: 'Notice' }, 'en')).toBe('Notice')
})
