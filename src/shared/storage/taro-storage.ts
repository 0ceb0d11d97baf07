import Taro from '@tarojs/taro'
import type { KeyValueStorage } from './key-value-storage'

/**
 * Taro's synchronous storage behind the `getItem/setItem/removeItem` shape that zustand's `persist` and
 * the mock expect. Mini programs have no localStorage; on H5 Taro stores in localStorage itself.
 * Storage can throw (quota, private mode): a failed write must not take a page down.
 */
export const taroStorage: KeyValueStorage = {
  getItem(key: string): string | null {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  setItem(key: string, value: string): void {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Nothing to do: the app keeps working from memory.
    }
  },
  removeItem(key: string): void {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Already gone or unreachable.
    }
  },
}

/** Every key the app has stored on this device (for "clear my data" and its test). */
export function storedKeys(): string[] {
  try {
    return Taro.getStorageInfoSync().keys
  } catch {
    return []
  }
}
