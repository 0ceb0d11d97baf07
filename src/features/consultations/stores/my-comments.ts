import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { forgetOnClear } from '../../../shared/storage/clear-my-data'
import { taroStorage } from '../../../shared/storage/taro-storage'

/** A comment this device sent, as the citizen will want to find it again (there is no sign-in). */
export interface SentComment {
  id: string
  consultationId: string
  consultationTitle: string
  text: string
  submittedAt: string
}

export interface MyCommentsState {
  /** By city, newest first. */
  byCity: Record<string, SentComment[]>
  commentSent(city: string, comment: SentComment): void
}

export function createMyCommentsStore(storage: StateStorage): StoreApi<MyCommentsState> {
  return createStore<MyCommentsState>()(
    persist(
      (set, get) => ({
        byCity: {},
        commentSent: (city, comment) => {
          const known = (get().byCity[city] ?? []).filter((c) => c.id !== comment.id)
          set({ byCity: { ...get().byCity, [city]: [comment, ...known] } })
        },
      }),
      {
        name: 'my-comments',
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ byCity }) => ({ byCity }),
      },
    ),
  )
}

export const myComments = createMyCommentsStore(taroStorage)
forgetOnClear(() => myComments.setState({ byCity: {} }))

const NONE: SentComment[] = []
export const useMyComments = (city: string) => useStore(myComments, (s) => s.byCity[city] ?? NONE)
