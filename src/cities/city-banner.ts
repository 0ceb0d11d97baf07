import type { CityId } from '../../config/settings'

/** Header banners as data URIs, injected by the build from src/cities/identity/<city>.svg. */
declare const CITY_BANNERS: Partial<Record<CityId, string>> | undefined

export function cityBanner(city: CityId): string | undefined {
  return typeof CITY_BANNERS === 'undefined' ? undefined : CITY_BANNERS[city]
}
