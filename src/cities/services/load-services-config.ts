import type { CityId } from '../../../config/settings'
import type { CityServicesConfig } from '../city-config'

/** H5 and tests: each city's services configuration is a chunk of its own, fetched on first use. */
export function loadServicesConfig(city: CityId): Promise<CityServicesConfig> {
  switch (city) {
    case 'chengdu':
      return import(/* webpackChunkName: "services-chengdu" */ './chengdu').then((m) => m.servicesConfig)
    case 'yinchuan':
      return import(/* webpackChunkName: "services-yinchuan" */ './yinchuan').then((m) => m.servicesConfig)
    case 'shanghai':
      return import(/* webpackChunkName: "services-shanghai" */ './shanghai').then((m) => m.servicesConfig)
  }
}
