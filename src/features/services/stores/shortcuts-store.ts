import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { ServiceId } from '../../../services/lookups/lookup-schemas'
import { forgetOnClear } from '../../../shared/storage/clear-my-data'
import { taroStorage } from '../../../shared/storage/taro-storage'

/** How many recently used services the tab remembers. */
export const RECENT_LIMIT = 4

interface CityShortcuts {
  favourites: ServiceId[]
  /** Most recent first. */
  recent: ServiceId[]
}

export interface ShortcutsState {
  /** By city: each city has its own catalogue. */
  byCity: Record<string, CityShortcuts>
  favouriteToggled(city: string, service: ServiceId): void
  serviceUsed(city: string, service: ServiceId): void
}

const NONE: CityShortcuts = { favourites: [], recent: [] }

export function createShortcutsStore(storage: StateStorage): StoreApi<ShortcutsState> {
  return createStore<ShortcutsState>()(
    persist(
      (set, get) => {
        const update = (city: string, change: (current: CityShortcuts) => Partial<CityShortcuts>) => {
          const current = get().byCity[city] ?? NONE
          set({ byCity: { ...get().byCity, [city]: { ...current, ...change(current) } } })
        }
        return {
          byCity: {},
          favouriteToggled: (city, service) =>
            update(city, ({ favourites }) => ({
              favourites: favourites.includes(service)
                ? favourites.filter((id) => id !== service)
                : [...favourites, service],
            })),
          serviceUsed: (city, service) =>
            update(city, ({ recent }) => ({
              recent: [service, ...recent.filter((id) => id !== service)].slice(0, RECENT_LIMIT),
            })),
        }
      },
      {
        name: 'service-shortcuts',
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ byCity }) => ({ byCity }),
      },
    ),
  )
}

export const serviceShortcuts = createShortcutsStore(taroStorage)
forgetOnClear(() => serviceShortcuts.setState({ byCity: {} }))

export function useShortcuts(city: string): CityShortcuts {
  return useStore(serviceShortcuts, (state) => state.byCity[city] ?? NONE)
}
