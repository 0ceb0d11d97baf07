import type { CityId } from '../../config/settings'
import type { CityConfig } from './city-config'

// A mini program is published for one city: only that city's config is bundled (the comparisons are
// build-time constants, so webpack drops the other requires).
const buildCity: CityConfig =
  process.env.TARO_APP_CITY === 'chengdu'
    ? require('./chengdu').chengdu
    : process.env.TARO_APP_CITY === 'yinchuan'
      ? require('./yinchuan').yinchuan
      : require('./shanghai').shanghai

export const availableCities: readonly CityId[] = [buildCity.id]

export function getCityConfig(_id: CityId): CityConfig {
  return buildCity
}
