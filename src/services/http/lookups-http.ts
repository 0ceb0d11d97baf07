import type { HttpClient } from './http-client'
import type { LookupsPort } from '../lookups/lookups-port'
import { LOOKUP_RESULT_SCHEMAS, type LookupResult } from '../lookups/lookup-schemas'

const seg = encodeURIComponent

/**
 * The look-ups endpoint of the HTTP contract (see docs/http-contract.md). The query travels as the JSON
 * body of a POST, never in the URL, because it carries names and identity numbers; a POST is never
 * retried, and needs no idempotency key since it creates nothing.
 */
export function createLookupsHttp(client: HttpClient): LookupsPort {
  return {
    lookup: (city, service, query) =>
      client.request('POST', `/cities/${seg(city)}/lookups/${seg(service)}`, LOOKUP_RESULT_SCHEMAS[service], {
        body: query,
      }) as Promise<LookupResult<typeof service>>,
  }
}
