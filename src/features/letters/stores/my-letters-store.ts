import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Case, CaseState } from '../../../services/letters/letters-schemas'
import { forgetOnClear } from '../../../shared/storage/clear-my-data'
import { taroStorage } from '../../../shared/storage/taro-storage'
import { MY_LETTERS_STORAGE_KEY } from './my-letters-key'

/**
 * What the device remembers of a case the citizen filed. There is no sign-in: the case numbers on this
 * device are the citizen's letters, and the summary lets My letters and the Me tab badge show state,
 * deadline and unread replies before (or without) a network answer.
 */
export interface TrackedCase {
  caseNumber: string
  title: string
  state: CaseState
  submittedAt: string
  due: string
  /** Replies the city has sent, and how many of them the citizen has opened. */
  replies: number
  repliesRead: number
}

export interface MyLettersState {
  byCity: Record<string, TrackedCase[]>
  caseFiled(city: string, filed: Case): void
  /** The citizen opened the case: its replies are read. */
  caseOpened(city: string, opened: Case): void
  /** Fresh states from the service; replies that arrived meanwhile stay unread. */
  casesRefreshed(city: string, cases: Case[]): void
}

const replyCount = (c: Case) => c.timeline.filter((entry) => entry.step === 'reply').length

function summary(c: Case, repliesRead: number): TrackedCase {
  return {
    caseNumber: c.caseNumber,
    title: c.title,
    state: c.state,
    submittedAt: c.submittedAt,
    due: c.due,
    replies: replyCount(c),
    repliesRead,
  }
}

export function createMyLettersStore(storage: StateStorage): StoreApi<MyLettersState> {
  return createStore<MyLettersState>()(
    persist(
      (set, get) => {
        const update = (city: string, cases: Case[], read: (c: Case, known?: TrackedCase) => number) => {
          const tracked = get().byCity[city] ?? []
          const next = tracked.map((known) => {
            const fresh = cases.find((c) => c.caseNumber === known.caseNumber)
            return fresh ? summary(fresh, read(fresh, known)) : known
          })
          const added = cases
            .filter((c) => !tracked.some((known) => known.caseNumber === c.caseNumber))
            .map((c) => summary(c, read(c)))
          set({ byCity: { ...get().byCity, [city]: [...added, ...next] } })
        }
        return {
          byCity: {},
          caseFiled: (city, filed) => update(city, [filed], replyCount),
          caseOpened: (city, opened) => update(city, [opened], replyCount),
          casesRefreshed: (city, cases) =>
            update(
              city,
              cases.filter((c) => get().byCity[city]?.some((known) => known.caseNumber === c.caseNumber)),
              (_c, known) => known?.repliesRead ?? 0,
            ),
        }
      },
      {
        name: MY_LETTERS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ byCity }) => ({ byCity }),
      },
    ),
  )
}

export const myLetters = createMyLettersStore(taroStorage)
forgetOnClear(() => myLetters.setState({ byCity: {} }))

export const unreadReplies = (cases: readonly TrackedCase[]) =>
  cases.reduce((sum, c) => sum + Math.max(0, c.replies - c.repliesRead), 0)

export function useMyLetters(city: string): TrackedCase[] {
  return useStore(myLetters, (state) => state.byCity[city] ?? NONE)
}
const NONE: TrackedCase[] = []
