import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import type { LocalizedText } from '../../../services/common-schemas'
import { useAsync } from '../../../shared/use-async'
import { useCity } from '../../../shared/use-city'

/** The city's departments (the letters portal's list), to name who drafted a consultation. */
export function useDepartmentName(): (id: string) => LocalizedText | undefined {
  const city = useCity()
  const config = useAsync(() => loadLettersConfig(city.id), city.id)
  return (id) => (config.status === 'success' ? config.data.departments.find((d) => d.id === id)?.name : undefined)
}
