import { CATALOGUE } from '../../services/lookups/catalogue'
import type { ServiceId } from '../../services/lookups/lookup-schemas'

// The catalogue's data lives in the service layer (the one-stop search indexes it too); the Services
// tab's own search stays here.
export { CATALOGUE, SERVICE_THEMES, type CatalogueEntry, type ServiceTheme } from '../../services/lookups/catalogue'

/**
 * The city's services whose name or keywords contain the text (either language, any case), names that
 * start with it first. Empty text matches nothing: the tab shows the themes instead.
 */
export function searchCatalogue(services: readonly ServiceId[], text: string): ServiceId[] {
  const needle = text.trim().toLowerCase()
  if (!needle) return []
  const scored = services.flatMap((id) => {
    const { name, keywords } = CATALOGUE[id]
    const names = [name.zh, name.en.toLowerCase()]
    if (names.some((n) => n.startsWith(needle))) return [{ id, score: 0 }]
    if (names.some((n) => n.includes(needle))) return [{ id, score: 1 }]
    if (keywords.some((k) => k.toLowerCase().includes(needle))) return [{ id, score: 2 }]
    return []
  })
  // Array.prototype.sort is stable: equal scores keep the catalogue's order.
  return scored.sort((a, b) => a.score - b.score).map(({ id }) => id)
}
