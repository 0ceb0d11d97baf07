import * as v from 'valibot'
import { httpError, parseInput } from '../errors'

const PageQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
  limit: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,2}$/), v.transform(Number), v.number(), v.minValue(1), v.maxValue(50)),
    '10',
  ),
})

/** `cursor` and `limit` (1–50, default 10) of a list; a cursor not of the list's form is 422. */
export function pageParams(query: unknown, cursorForm: RegExp): { cursor: string | undefined; limit: number } {
  const { cursor, limit } = parseInput(PageQuerySchema, pick(query, ['cursor', 'limit']), 'paging')
  if (cursor !== undefined && !cursorForm.test(cursor)) throw httpError(422, 'Malformed cursor')
  return { cursor, limit }
}

function pick(query: unknown, names: string[]) {
  const source = (query ?? {}) as Record<string, unknown>
  return Object.fromEntries(names.filter((n) => source[n] !== undefined && source[n] !== '').map((n) => [n, source[n]]))
}
