import type { KeyValueStorage } from './key-value-storage'
import { taroStorage } from './taro-storage'

const KEY = 'device-id'

/**
 * A random id for this installation, so the city can count a device's "helpful" once without knowing
 * who it is. Made on first use and kept; "clear my data" removes it like everything else.
 */
export function deviceId(storage: KeyValueStorage = taroStorage): string {
  const known = storage.getItem(KEY)
  if (known) return known
  const made = `d-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
  storage.setItem(KEY, made)
  return made
}
