import type { CityId } from '../../../config/settings'
import type { SearchResults } from './search-schemas'

/**
 * One-stop search over the city's news, services, answered questions, consultations and departments.
 * Rejects with a `ServiceError` only.
 */
export interface SearchPort {
  /**
   * Finds `query` (Chinese text, or pinyin in full or by initials: `shebao` and `sb` both find 社保) in
   * titles first, then in keywords and snippets. Any text is accepted: it is normalised (trimmed,
   * full-width to half-width, Latin lower-cased, regex and HTML specials dropped, cut at
   * `SEARCH_QUERY_MAX` characters); one that is empty afterwards answers no groups. Each group has its
   * best `SEARCH_GROUP_LIMIT` items, exact title matches first; the group with the best match comes
   * first, and groups that match equally well come in `SEARCH_KINDS` order.
   */
  search(city: CityId, query: string): Promise<SearchResults>
}

export const SEARCH_METHODS = ['search'] as const satisfies readonly (keyof SearchPort)[]
