import type { CityId } from '../../../config/settings'
import type { LookupQuery, LookupResult, ServiceId } from './lookup-schemas'

/**
 * The services catalogue's look-ups (bus arrivals, social insurance records …). Every method rejects
 * with a `ServiceError` only. Queries carry personal data (name, identity number), so they travel in a
 * POST body, never in a URL, and no adapter keeps or logs them.
 */
export interface LookupsPort {
  /**
   * Runs one look-up as of the city's now. A query that breaks its schema is refused (kind `server`,
   * status 422); an id the city does not know (a line, a district) is kind `not-found`. "Nothing on
   * record" is a result, not an error: an empty list, or a null enterprise.
   */
  lookup<S extends ServiceId>(city: CityId, service: S, query: LookupQuery<S>): Promise<LookupResult<S>>
}

export const LOOKUPS_METHODS = ['lookup'] as const satisfies readonly (keyof LookupsPort)[]
