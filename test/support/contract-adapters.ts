import type { Api } from '../../src/services/api'
import { createHttpApi } from '../../src/services/http/create-http-api'
import { createFaults, type ControlledClock, type Faults } from '../../src/services/mock/mock-runtime'
import { startContractServer } from './contract-server'
import { startFaultProxy } from './fault-proxy'
import { startReferenceServer } from './reference-server'
import { createTestMockApi } from './test-api'

/** One adapter under test, with the clock and faults of whatever answers it. */
export type Harness = { api: Api; clock: ControlledClock; faults: Faults; close: () => Promise<void> }

type Adapter = [string, () => Promise<Harness>]

const MOCK_ADAPTERS: Adapter[] = [
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

/**
 * The HTTP adapter talking to the reference server (server/) on a database of its own, through a proxy
 * that applies the test's faults the way the mock applies them.
 */
const REFERENCE_ADAPTER: Adapter = [
  'reference server',
  async () => {
    const server = await startReferenceServer()
    const faults = createFaults()
    const proxy = await startFaultProxy(server.baseUrl, faults)
    // Generous: a 10 MB photo into embedded PGlite takes seconds.
    const api = createHttpApi({ baseUrl: proxy.baseUrl, timeoutMs: 20_000, retries: 0 })
    return {
      api,
      clock: server.clock,
      faults,
      close: async () => {
        await proxy.close()
        await server.close()
      },
    }
  },
]

/**
 * The adapters every contract suite runs against. `npm test`: the mock itself, and the HTTP adapter
 * talking to a local server that serves a mock over the HTTP contract, so both see the same city doing
 * the same things. `npm run test:server` (CONTRACT_TARGET=reference): the reference server instead.
 */
export const CONTRACT_ADAPTERS: Adapter[] =
  process.env.CONTRACT_TARGET === 'reference' ? [REFERENCE_ADAPTER] : MOCK_ADAPTERS
