const DAY = 24 * 3_600_000

/** An account that has posted nothing for this many days is marked inactive (a "ghost" account). */
export const INACTIVE_AFTER_DAYS = 14

/** Inactive once 14 × 24 hours have passed since the last post, to the millisecond. */
export function isInactive(lastPostAt: number, now: number): boolean {
  return now - lastPostAt >= INACTIVE_AFTER_DAYS * DAY
}

/** Whole days since the last post (what the inactive mark says: "已 15 天未更新"). */
export function daysSincePost(lastPostAt: number, now: number): number {
  return Math.max(0, Math.floor((now - lastPostAt) / DAY))
}
