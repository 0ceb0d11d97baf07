import { createStore, type StoreApi } from 'zustand/vanilla'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { CityId } from '../../../config/settings'

export type Language = 'zh' | 'en'

export interface Preferences {
  elderlyMode: boolean
  /** True once the citizen has chosen either way; the system font scale no longer decides then. */
  elderlyModeChosen: boolean
  language: Language
  city: CityId
}

export interface PreferencesActions {
  elderlyModeToggled(): void
  languageChosen(language: Language): void
  cityChosen(city: CityId): void
  /** The system's font scale (1 = default). A large one turns elderly mode on until the citizen chooses. */
  systemFontScaleRead(scale: number): void
}

export type PreferencesState = Preferences & PreferencesActions

/** WeChat's "large" text setting and above. */
export const LARGE_FONT_SCALE = 1.15
export const PREFERENCES_KEY = 'preferences'

export function createPreferencesStore(
  storage: StateStorage,
  defaults: { city: CityId; availableCities: readonly CityId[] },
): StoreApi<PreferencesState> {
  return createStore<PreferencesState>()(
    persist(
      (set, get) => ({
        elderlyMode: false,
        elderlyModeChosen: false,
        language: 'zh',
        city: defaults.city,
        elderlyModeToggled: () => set({ elderlyMode: !get().elderlyMode, elderlyModeChosen: true }),
        languageChosen: (language) => set({ language }),
        cityChosen: (city) => {
          if (defaults.availableCities.includes(city)) set({ city })
        },
        systemFontScaleRead: (scale) => {
          if (!get().elderlyModeChosen) set({ elderlyMode: scale >= LARGE_FONT_SCALE })
        },
      }),
      {
        name: PREFERENCES_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ elderlyMode, elderlyModeChosen, language, city }) => ({
          elderlyMode,
          elderlyModeChosen,
          language,
          city,
        }),
        // Stored values come from an older build or another city's build: keep only what is still valid.
        merge: (persisted, current) => {
          const stored = (persisted ?? {}) as Partial<Preferences>
          return {
            ...current,
            elderlyMode: stored.elderlyMode === true,
            elderlyModeChosen: stored.elderlyModeChosen === true,
            language: stored.language === 'en' ? 'en' : 'zh',
            city: stored.city && defaults.availableCities.includes(stored.city) ? stored.city : current.city,
          }
        },
      },
    ),
  )
}
