import { useStore } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { createStore, type StoreApi } from 'zustand/vanilla'
import { forgetOnClear } from '../../../shared/storage/clear-my-data'
import { taroStorage } from '../../../shared/storage/taro-storage'
import type { FieldValues } from '../declaration'

export interface LookupInputsState {
  /** By `city:service`; personal fields are never put here (the page keeps them in memory only). */
  inputs: Record<string, FieldValues>
  inputEdited(key: string, fieldId: string, value: string): void
}

/**
 * What the citizen chose or typed in a look-up's non-personal fields (a line, a stop, a district), so
 * leaving the page or the app loses nothing and the next visit starts where they were.
 */
export function createLookupInputsStore(storage: StateStorage): StoreApi<LookupInputsState> {
  return createStore<LookupInputsState>()(
    persist(
      (set, get) => ({
        inputs: {},
        inputEdited: (key, fieldId, value) =>
          set({ inputs: { ...get().inputs, [key]: { ...get().inputs[key], [fieldId]: value } } }),
      }),
      {
        name: 'lookup-inputs',
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ inputs }) => ({ inputs }),
      },
    ),
  )
}

export const lookupInputs = createLookupInputsStore(taroStorage)
forgetOnClear(() => lookupInputs.setState({ inputs: {} }))

const NONE: FieldValues = {}

export function useLookupInputs(key: string): FieldValues {
  return useStore(lookupInputs, (state) => state.inputs[key] ?? NONE)
}
