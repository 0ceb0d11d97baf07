import * as fixtures from '../../src/services/mock/load-fixtures'
import { createMockApi } from '../../src/services/mock/create-mock-api'
import { createControlledClock } from '../../src/services/mock/mock-runtime'
import { createMemoryStorage } from '../../src/shared/storage/key-value-storage'

/** 2026-11-23 10:00 Beijing time: tests never depend on the day they run. */
export const TEST_NOW = Date.parse('2026-11-23T02:00:00.000Z')

/** A mock with no latency, a clock the test controls (`clock`), and storage of its own. */
export function createTestMockApi() {
  const clock = createControlledClock(TEST_NOW)
  const api = createMockApi({ fixtures, clock, latency: { min: 0, max: 0 }, storage: createMemoryStorage() })
  return Object.assign(api, { clock })
}
