import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import type { Translate } from '../i18n/translate'

dayjs.extend(utc)

/**
 * Asia/Shanghai has been UTC+8 without daylight saving since 1991, so a fixed offset gives Beijing time
 * on every device, whatever its own time zone, without relying on the client's Intl time-zone data.
 */
const BEIJING_OFFSET_MINUTES = 480

export function beijingTime(instant: string | number) {
  return dayjs(instant).utcOffset(BEIJING_OFFSET_MINUTES)
}

/** e.g. `2026-11-23 14:05`, Beijing time. */
export function formatDateTime(instant: string | number): string {
  return beijingTime(instant).format('YYYY-MM-DD HH:mm')
}

/** "3 hours ago" for recent items, the Beijing date for older ones. */
export function formatRelative(instant: string | number, now: number, t: Translate): string {
  const minutes = Math.floor((now - dayjs(instant).valueOf()) / 60_000)
  if (minutes < 1) return t('time.justNow')
  if (minutes < 60) return t('time.minutesAgo', { n: minutes })
  if (minutes < 24 * 60) return t('time.hoursAgo', { n: Math.floor(minutes / 60) })
  if (minutes < 2 * 24 * 60) return t('time.oneDayAgo')
  if (minutes < 7 * 24 * 60) return t('time.daysAgo', { n: Math.floor(minutes / (24 * 60)) })
  const then = beijingTime(instant)
  return then.year() === beijingTime(now).year() ? then.format('MM-DD') : then.format('YYYY-MM-DD')
}

/** Read counts the way Chinese apps show them: 1.2万 / 12.3k. */
export function formatCount(count: number, language: 'zh' | 'en'): string {
  if (language === 'zh') return count >= 10_000 ? `${(count / 10_000).toFixed(1).replace(/\.0$/, '')}万` : String(count)
  return count >= 1000 ? `${(count / 1000).toFixed(1).replace(/\.0$/, '')}k` : String(count)
}
