import type { KeyValueStorage } from '../../../shared/storage/key-value-storage'
import { taroStorage } from '../../../shared/storage/taro-storage'

/**
 * A citizen's name and identity number, kept on the device only when they tick "remember me" (and
 * removed when they untick it, or clear their data in Me). Never anywhere else: not in the look-up
 * inputs store, not in logs.
 */
export interface RememberedIdentity {
  name: string
  residentId: string
}

const KEY = 'remembered-identity'

export function readRememberedIdentity(storage: KeyValueStorage = taroStorage): RememberedIdentity | null {
  try {
    const stored = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<RememberedIdentity> | null
    return typeof stored?.name === 'string' && typeof stored.residentId === 'string'
      ? { name: stored.name, residentId: stored.residentId }
      : null
  } catch {
    return null
  }
}

export function rememberIdentity(identity: RememberedIdentity, storage: KeyValueStorage = taroStorage): void {
  storage.setItem(KEY, JSON.stringify(identity))
}

export function forgetIdentity(storage: KeyValueStorage = taroStorage): void {
  storage.removeItem(KEY)
}

const CONSENT_KEY = 'services-consent'
/** Bumped when the consent text changes in substance, so citizens are asked again. */
const CONSENT_VERSION = '1'

/** Whether the citizen agreed to send their name and identity number for personal look-ups. */
export const hasPersonalLookupConsent = (storage: KeyValueStorage = taroStorage) =>
  storage.getItem(CONSENT_KEY) === CONSENT_VERSION

export const personalLookupConsentGiven = (storage: KeyValueStorage = taroStorage) =>
  storage.setItem(CONSENT_KEY, CONSENT_VERSION)
