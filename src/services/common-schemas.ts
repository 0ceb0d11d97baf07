import * as v from 'valibot'

/** Text in both languages the app offers. */
export const LocalizedTextSchema = v.object({ zh: v.string(), en: v.string() })
export type LocalizedText = v.InferOutput<typeof LocalizedTextSchema>

/** An ISO 8601 instant, e.g. `2026-11-23T02:00:00.000Z`. */
export const InstantSchema = v.pipe(v.string(), v.isoTimestamp())

/** A Beijing calendar date, `YYYY-MM-DD`. */
export const CalendarDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))

/** One page of a cursor-paged list; `nextCursor` is null on the last page. */
export function pageSchema<T extends v.GenericSchema>(item: T) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) })
}
export interface Page<T> {
  items: T[]
  nextCursor: string | null
}

/** The error body every HTTP endpoint returns with a non-2xx status. */
export const ErrorBodySchema = v.object({ error: v.object({ code: v.string(), message: v.string() }) })
