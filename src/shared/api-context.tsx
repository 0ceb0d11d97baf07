import { createContext, useContext } from 'react'
import type { Api } from '../services/api'
import { appApi } from '../services/app-api'

/** Pages get their ports from here, so tests can hand them a mock with no latency and injected faults. */
export const ApiContext = createContext<Api>(appApi)

export function useApi(): Api {
  return useContext(ApiContext)
}
