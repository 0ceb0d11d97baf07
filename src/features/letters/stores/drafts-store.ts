import { createDraftsStore, useDraft as useStoredDraft, type StoredDraft } from '../../../shared/drafts/drafts-store'
import { taroStorage } from '../../../shared/storage/taro-storage'
import { EMPTY_DRAFT, type LetterDraft } from '../letter-draft'

/** Letters half-written, one per city and channel (shared/drafts: kept as typed, filed once). */
export const letterDrafts = createDraftsStore<LetterDraft>(taroStorage, 'letter-drafts', EMPTY_DRAFT)

export const draftKey = (city: string, channelId: string) => `${city}:${channelId}`

export function useDraft(key: string): StoredDraft<LetterDraft> | undefined {
  return useStoredDraft(letterDrafts, key)
}
