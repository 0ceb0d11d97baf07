// Imported by the services subpackage's pages (features/services/provide-mock.ts), so the look-ups mock
// ships there rather than in the main package. An http build keeps none of this: the condition is a
// build-time constant.
if (process.env.TARO_APP_API !== 'http') {
  const { lookupsMockProvided } = require('./load-lookups-mock') as typeof import('./load-lookups-mock.weapp')
  lookupsMockProvided(require('./lookups-mock') as typeof import('./lookups-mock'))
}

export {}
