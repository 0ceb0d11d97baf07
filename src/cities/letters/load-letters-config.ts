import type { CityId } from '../../../config/settings'
import type { CityLettersConfig } from '../city-config'

/** H5 and tests: each city's letters configuration is a chunk of its own, fetched on first use. */
export function loadLettersConfig(city: CityId): Promise<CityLettersConfig> {
  switch (city) {
    case 'chengdu':
      return import(/* webpackChunkName: "letters-chengdu" */ './chengdu').then((m) => m.lettersConfig)
    case 'yinchuan':
      return import(/* webpackChunkName: "letters-yinchuan" */ './yinchuan').then((m) => m.lettersConfig)
    case 'shanghai':
      return import(/* webpackChunkName: "letters-shanghai" */ './shanghai').then((m) => m.lettersConfig)
  }
}
