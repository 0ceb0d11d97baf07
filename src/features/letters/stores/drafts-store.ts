import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { forgetOnClear } from '../../../shared/storage/clear-my-data'
import { taroStorage } from '../../../shared/storage/taro-storage'
import { EMPTY_DRAFT, type LetterDraft } from '../letter-draft'

export interface StoredDraft extends LetterDraft {
  /** Made on the device with the draft and sent with every try, so retries file one letter only. */
  idempotencyKey: string
}

export interface DraftsState {
  /** By `city:channel`: a citizen may have a letter half-written in each channel. */
  drafts: Record<string, StoredDraft>
  draftEdited(draftKey: string, change: Partial<LetterDraft>): void
  /** Only when the server confirmed the letter: anything earlier keeps the draft. */
  draftFiled(draftKey: string): void
}

export const draftKey = (city: string, channelId: string) => `${city}:${channelId}`

const newIdempotencyKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

export function createDraftsStore(storage: StateStorage): StoreApi<DraftsState> {
  return createStore<DraftsState>()(
    persist(
      (set, get) => ({
        drafts: {},
        draftEdited: (key, change) => {
          const current = get().drafts[key] ?? { ...EMPTY_DRAFT, idempotencyKey: newIdempotencyKey() }
          set({ drafts: { ...get().drafts, [key]: { ...current, ...change } } })
        },
        draftFiled: (key) => {
          const { [key]: _filed, ...rest } = get().drafts
          set({ drafts: rest })
        },
      }),
      {
        name: 'letter-drafts',
        version: 1,
        // Written on every keystroke, synchronously: a crash a moment later still finds the text.
        storage: createJSONStorage(() => storage),
        partialize: ({ drafts }) => ({ drafts }),
      },
    ),
  )
}

export const letterDrafts = createDraftsStore(taroStorage)
forgetOnClear(() => letterDrafts.setState({ drafts: {} }))

export function useDraft(key: string): StoredDraft | undefined {
  return useStore(letterDrafts, (state) => state.drafts[key])
}
