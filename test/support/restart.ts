import type { ComponentType } from 'react'
import type { Api } from '../../src/services/api'

type PageModule = { default: ComponentType }

/**
 * The app restarting: every module, and so every in-memory store, is new; only the device's storage
 * (`testing.storage` of the test's own Taro double) remains. Load the page again after calling this
 * (`require` in the test's own folder), render it with `render`, query with `library`, and call
 * `done()` in a `finally`.
 */
export function restartKeepingDeviceStorage(storage: Map<string, unknown>, routerParams: Record<string, string> = {}) {
  const deviceStorage = new Map(storage)
  jest.resetModules()
  const taro = require('@tarojs/taro') as typeof import('../doubles/taro')
  for (const [key, value] of deviceStorage) taro.testing.storage.set(key, value)
  taro.testing.router.params = routerParams
  // The fresh testing library must not register its clean-up inside a running test: `done` does it.
  process.env.RTL_SKIP_AUTO_CLEANUP = 'true'
  const { renderPage } = require('./render-page') as typeof import('./render-page')
  const library = require('@testing-library/react') as typeof import('@testing-library/react')
  const React = require('react') as typeof import('react')
  return {
    library,
    render: (page: PageModule, api: Api) => renderPage(React.createElement(page.default), api),
    done() {
      library.cleanup()
      delete process.env.RTL_SKIP_AUTO_CLEANUP
    },
  }
}
