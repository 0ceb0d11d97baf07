import { useStore } from 'zustand'
import { availableCities } from '../../cities/city-registry'
import { buildCity } from '../../settings'
import { taroStorage } from '../storage/taro-storage'
import { createPreferencesStore, type PreferencesState } from './preferences-store'

/** The app's one preferences store, persisted in Taro storage. */
export const appPreferences = createPreferencesStore(taroStorage, { city: buildCity, availableCities })

export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  return useStore(appPreferences, selector)
}
