import type { CityId } from '../../../config/settings'
import type { CityLettersConfig } from '../city-config'

// The mini program carries its build city only (the comparisons are build-time constants).
const buildCity: CityLettersConfig =
  process.env.TARO_APP_CITY === 'chengdu'
    ? require('./chengdu').lettersConfig
    : process.env.TARO_APP_CITY === 'yinchuan'
      ? require('./yinchuan').lettersConfig
      : require('./shanghai').lettersConfig

export function loadLettersConfig(_city: CityId): Promise<CityLettersConfig> {
  return Promise.resolve(buildCity)
}
