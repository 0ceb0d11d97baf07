// Imported by the city subpackage's pages (features/city/provide-mock.ts), so the stories mock ships
// there rather than in the main package. An http build keeps none of this: the condition is a build-time
// constant.
if (process.env.TARO_APP_API !== 'http') {
  const { storiesMockProvided } = require('./load-stories-mock') as typeof import('./load-stories-mock.weapp')
  storiesMockProvided(require('./stories-mock') as typeof import('./stories-mock'))
}

export {}
