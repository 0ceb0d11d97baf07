import { loadServicesConfig } from '../../../cities/services/load-services-config'
import { useAsync } from '../../../shared/use-async'
import { useCity } from '../../../shared/use-city'

/** The city's districts, lines and service contacts (a chunk of its own on H5). */
export function useServicesConfig() {
  const city = useCity()
  return useAsync(() => loadServicesConfig(city.id), city.id)
}
