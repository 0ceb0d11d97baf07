import * as v from 'valibot'

/** What the one-stop search finds; groups matching equally well are shown in this order. */
export const SEARCH_KINDS = ['news', 'service', 'question', 'consultation', 'department'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Longest query the contract accepts; longer text is cut, never refused. */
export const SEARCH_QUERY_MAX = 50
/** Most items a group carries; `total` says how many matched. */
export const SEARCH_GROUP_LIMIT = 5

export const SearchItemSchema = v.object({
  /** The id the kind's page opens with (article, service, question, consultation or department id). */
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  /** A line of context under the title, at most about 60 characters. */
  snippet: v.optional(v.string()),
})
export type SearchItem = v.InferOutput<typeof SearchItemSchema>

export const SearchGroupSchema = v.object({
  kind: v.picklist(SEARCH_KINDS),
  /** Every match of this kind, of which `items` are the best few. */
  total: v.pipe(v.number(), v.integer(), v.minValue(1)),
  items: v.pipe(v.array(SearchItemSchema), v.minLength(1), v.maxLength(SEARCH_GROUP_LIMIT)),
})
export type SearchGroup = v.InferOutput<typeof SearchGroupSchema>

export const SearchResultsSchema = v.object({
  /** Only kinds with matches, in `SEARCH_KINDS` order; empty when nothing matched. */
  groups: v.array(SearchGroupSchema),
})
export type SearchResults = v.InferOutput<typeof SearchResultsSchema>
