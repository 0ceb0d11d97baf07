// Imported by the search subpackage's pages (features/search/provide-mock.ts), so the search
// mock ships there rather than in the main package. An http build keeps none of this: the condition is a
// build-time constant.
if (process.env.TARO_APP_API !== 'http') {
  const { searchMockProvided } = require('./load-search-mock') as typeof import('./load-search-mock.weapp')
  searchMockProvided(require('./search-mock') as typeof import('./search-mock'))
}

export {}
