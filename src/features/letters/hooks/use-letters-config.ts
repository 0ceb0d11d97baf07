import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import { useAsync } from '../../../shared/use-async'
import { useCity } from '../../../shared/use-city'

/** The city's channels, categories, departments and deadline rules (a chunk of its own on H5). */
export function useLettersConfig() {
  const city = useCity()
  return useAsync(() => loadLettersConfig(city.id), city.id)
}
