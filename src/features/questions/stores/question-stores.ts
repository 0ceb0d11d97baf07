import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Question, QuestionState } from '../../../services/questions/questions-schemas'
import { createDraftsStore } from '../../../shared/drafts/drafts-store'
import { forgetOnClear } from '../../../shared/storage/clear-my-data'
import { taroStorage } from '../../../shared/storage/taro-storage'
import { EMPTY_QUESTION, type QuestionDraft } from '../question-draft'

/** The question being written, one per city (shared/drafts: kept as typed, asked once). */
export const questionDrafts = createDraftsStore<QuestionDraft>(taroStorage, 'question-drafts', EMPTY_QUESTION)

/** What the device remembers of a question it asked (there is no sign-in). */
export interface AskedQuestion {
  id: string
  title: string
  askedAt: string
  state: QuestionState
}

export interface MyQuestionsState {
  /** By city, newest first. */
  byCity: Record<string, AskedQuestion[]>
  /** Questions this device found helpful, by city: the button stays pressed across reloads. */
  helpful: Record<string, string[]>
  questionSeen(city: string, question: Question): void
  markedHelpful(city: string, id: string): void
}

const summary = ({ id, title, askedAt, state }: Question): AskedQuestion => ({ id, title, askedAt, state })

export function createMyQuestionsStore(storage: StateStorage): StoreApi<MyQuestionsState> {
  return createStore<MyQuestionsState>()(
    persist(
      (set, get) => ({
        byCity: {},
        helpful: {},
        // Called for a question just asked, and with the latest state of one already known.
        questionSeen: (city, question) => {
          const known = get().byCity[city] ?? []
          const next = known.some((q) => q.id === question.id)
            ? known.map((q) => (q.id === question.id ? summary(question) : q))
            : [summary(question), ...known]
          set({ byCity: { ...get().byCity, [city]: next } })
        },
        markedHelpful: (city, id) => {
          const marked = get().helpful[city] ?? []
          if (!marked.includes(id)) set({ helpful: { ...get().helpful, [city]: [...marked, id] } })
        },
      }),
      {
        name: 'my-questions',
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ byCity, helpful }) => ({ byCity, helpful }),
      },
    ),
  )
}

export const myQuestions = createMyQuestionsStore(taroStorage)
forgetOnClear(() => myQuestions.setState({ byCity: {}, helpful: {} }))

const NONE: AskedQuestion[] = []
const NOTHING: string[] = []
export const useMyQuestions = (city: string) => useStore(myQuestions, (s) => s.byCity[city] ?? NONE)
export const useHelpfulMarks = (city: string) => useStore(myQuestions, (s) => s.helpful[city] ?? NOTHING)
