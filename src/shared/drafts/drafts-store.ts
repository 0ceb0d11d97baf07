import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { forgetOnClear } from '../storage/clear-my-data'

/**
 * What a citizen is writing (a letter, a question, a comment), with the idempotency key made with it:
 * sent with every try, so retries after a lost answer file it once only.
 */
export type StoredDraft<D> = D & { idempotencyKey: string }

export interface DraftsState<D> {
  /** By a key the form chooses (`city:channel` …): one draft per place a citizen can write. */
  drafts: Record<string, StoredDraft<D>>
  draftEdited(draftKey: string, change: Partial<D>): void
  /** Only when the server confirmed it: anything earlier keeps the draft. */
  draftFiled(draftKey: string): void
}

const newIdempotencyKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`

/**
 * The one mechanism behind "nothing a citizen typed is ever lost": every change goes straight into a
 * store persisted on the device (synchronously: a crash a moment later still finds the text), and the
 * draft is removed only once the service confirms what was sent. "Clear my data" empties it.
 */
export function createDraftsStore<D extends object>(
  storage: StateStorage,
  name: string,
  empty: D,
): StoreApi<DraftsState<D>> {
  const store = createStore<DraftsState<D>>()(
    persist(
      (set, get) => ({
        drafts: {},
        draftEdited: (key, change) => {
          const current = get().drafts[key] ?? { ...empty, idempotencyKey: newIdempotencyKey() }
          set({ drafts: { ...get().drafts, [key]: { ...current, ...change } } })
        },
        draftFiled: (key) => {
          const { [key]: _filed, ...rest } = get().drafts
          set({ drafts: rest })
        },
      }),
      {
        name,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ drafts }) => ({ drafts }),
      },
    ),
  )
  forgetOnClear(() => store.setState({ drafts: {} }))
  return store
}

export function useDraft<D>(store: StoreApi<DraftsState<D>>, key: string): StoredDraft<D> | undefined {
  return useStore(store, (state) => state.drafts[key])
}
