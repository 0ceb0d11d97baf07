import type { CityId } from '../../../config/settings'
import type { CityInteractionConfig } from '../city-config'

// The mini program carries its build city only (the comparisons are build-time constants).
const buildCity: CityInteractionConfig =
  process.env.TARO_APP_CITY === 'chengdu'
    ? require('./chengdu').interactionConfig
    : process.env.TARO_APP_CITY === 'yinchuan'
      ? require('./yinchuan').interactionConfig
      : require('./shanghai').interactionConfig

export function loadInteractionConfig(_city: CityId): Promise<CityInteractionConfig> {
  return Promise.resolve(buildCity)
}
