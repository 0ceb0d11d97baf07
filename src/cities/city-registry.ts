import type { CityId } from '../../config/settings'
import { chengdu } from './chengdu'
import type { CityConfig } from './city-config'
import { shanghai } from './shanghai'
import { yinchuan } from './yinchuan'

/**
 * H5 and tests: every city, so the staff preview can switch at runtime. See city-registry.weapp.ts.
 * (Only types come from config/: the app bundle does not compile files outside src/.)
 */
const configs: Record<CityId, CityConfig> = { shanghai, chengdu, yinchuan }

export const availableCities = Object.keys(configs) as readonly CityId[]

export function getCityConfig(id: CityId): CityConfig {
  return configs[id]
}
