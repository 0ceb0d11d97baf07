import type { Api } from '../../src/services/api'
import { createHttpApi } from '../../src/services/http/create-http-api'
import type { ControlledClock, Faults } from '../../src/services/mock/mock-runtime'
import { startContractServer } from './contract-server'
import { createTestMockApi } from './test-api'

/** One adapter under test, with the clock and faults of the mock behind it. */
export type Harness = { api: Api; clock: ControlledClock; faults: Faults; close: () => Promise<void> }

/**
 * The two adapters every contract suite runs against: the mock itself, and the HTTP adapter talking to
 * a real local server that serves a mock over the HTTP contract. The backing mock's clock and faults
 * are the test's, so both runs see the same city doing the same things.
 */
export const CONTRACT_ADAPTERS: [string, () => Promise<Harness>][] = [
  [
    'mock adapter',
    async () => {
      const mock = createTestMockApi()
      return { api: mock, clock: mock.clock, faults: mock.runtime.faults, close: async () => undefined }
    },
  ],
  [
    'http adapter',
    async () => {
      const backing = createTestMockApi()
      const server = await startContractServer(backing)
      const api = createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 2000, retries: 0 })
      return { api, clock: backing.clock, faults: backing.runtime.faults, close: server.close }
    },
  ],
]
