import type { CityId } from '../../../config/settings'
import type { CityServicesConfig } from '../city-config'

// The mini program carries its build city only (the comparisons are build-time constants).
const buildCity: CityServicesConfig =
  process.env.TARO_APP_CITY === 'chengdu'
    ? require('./chengdu').servicesConfig
    : process.env.TARO_APP_CITY === 'yinchuan'
      ? require('./yinchuan').servicesConfig
      : require('./shanghai').servicesConfig

export function loadServicesConfig(_city: CityId): Promise<CityServicesConfig> {
  return Promise.resolve(buildCity)
}
