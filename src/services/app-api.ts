import type { Api } from './api'

/**
 * The composition root: the one place that picks the implementation behind every port.
 * `TARO_APP_API` is a build-time constant, so webpack keeps only the branch taken: an http-mode build
 * carries neither the mock's code nor its fixtures (checked by scripts/bench.mjs).
 */
function createAppApi(): Api {
  if (process.env.TARO_APP_API === 'http') {
    const { createHttpApi } = require('./http/create-http-api') as typeof import('./http/create-http-api')
    return createHttpApi({ baseUrl: process.env.TARO_APP_API_BASE ?? '' })
  } else {
    // Must stay an `else`: webpack drops a constant-false branch, but not code after a return.
    const { createMockApi } = require('./mock/create-mock-api') as typeof import('./mock/create-mock-api')
    const fixtures = require('./mock/load-fixtures') as typeof import('./mock/load-fixtures')
    const { taroStorage } = require('../shared/storage/taro-storage') as typeof import('../shared/storage/taro-storage')
    if (process.env.TARO_ENV !== 'h5') return createMockApi({ fixtures, storage: taroStorage })
    // The H5 preview hands its fault injection and its clock to the browser, so staff (in the console)
    // and the browser suite can see every error state and move time on:
    // `__cityMock.faults.fail('network')`, `.clear()`, `__cityMock.clock.advance(3 * 86400000)`.
    const { createShiftableClock } = require('./mock/mock-runtime') as typeof import('./mock/mock-runtime')
    const clock = createShiftableClock()
    const mock = createMockApi({ fixtures, storage: taroStorage, clock })
    Object.assign(globalThis, { __cityMock: { faults: mock.runtime.faults, clock } })
    return mock
  }
}

export const appApi: Api = createAppApi()
