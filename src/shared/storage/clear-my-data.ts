import { storedKeys, taroStorage } from './taro-storage'
import type { KeyValueStorage } from './key-value-storage'

/**
 * Keys that stay when a citizen clears their data: display settings (large text, language), which say
 * nothing about them, and the demo mock's own records (`mock:` keys), which stand in for the city's
 * servers and would live there, not on the phone, in a real deployment.
 */
const KEPT = (key: string) => key === 'preferences' || key.startsWith('mock:')

const forgetters = new Set<() => void>()

/**
 * A store that keeps the citizen's data in memory registers how to forget it, so clearing storage is not
 * undone by the next write from memory. Stores of subpackages register when they load; until then their
 * data exists only in storage, which `clearMyData` empties anyway.
 */
export function forgetOnClear(forget: () => void): void {
  forgetters.add(forget)
}

/** Removes everything of the citizen's from this device: letters, drafts, favourites, a remembered identity. */
export function clearMyData(storage: KeyValueStorage = taroStorage, keys: () => string[] = storedKeys): void {
  forgetters.forEach((forget) => forget())
  keys()
    .filter((key) => !KEPT(key))
    .forEach((key) => storage.removeItem(key))
}
