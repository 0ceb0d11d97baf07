import { getCityConfig } from '../cities/city-registry'
import type { CityConfig } from '../cities/city-config'
import { usePreferences } from './preferences/app-preferences'

/** The city the citizen is looking at (the build's city, or the one staff picked in the H5 preview). */
export function useCity(): CityConfig {
  return getCityConfig(usePreferences((s) => s.city))
}
