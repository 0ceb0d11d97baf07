import type { CityId } from '../../../config/settings'
import type { CityInteractionConfig } from '../city-config'

/** H5 and tests: each city's interaction configuration is a chunk of its own, fetched on first use. */
export function loadInteractionConfig(city: CityId): Promise<CityInteractionConfig> {
  switch (city) {
    case 'chengdu':
      return import(/* webpackChunkName: "interaction-chengdu" */ './chengdu').then((m) => m.interactionConfig)
    case 'yinchuan':
      return import(/* webpackChunkName: "interaction-yinchuan" */ './yinchuan').then((m) => m.interactionConfig)
    case 'shanghai':
      return import(/* webpackChunkName: "interaction-shanghai" */ './shanghai').then((m) => m.interactionConfig)
  }
}
