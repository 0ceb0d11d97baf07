import type { HttpClient } from './http-client'
import type { SearchPort } from '../search/search-port'
import { SearchResultsSchema } from '../search/search-schemas'

const seg = encodeURIComponent

/** The one-stop search endpoint of the HTTP contract (see docs/http-contract.md). */
export function createSearchHttp(client: HttpClient): SearchPort {
  return {
    search: (city, query) =>
      client.request('GET', `/cities/${seg(city)}/search`, SearchResultsSchema, { query: { q: query } }),
  }
}
