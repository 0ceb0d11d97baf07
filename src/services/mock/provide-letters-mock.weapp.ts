// Imported by the letters subpackage's pages, so the letters mock ships there rather than in the main
// package. An http build keeps none of this: the condition is a build-time constant.
if (process.env.TARO_APP_API !== 'http') {
  const { lettersMockProvided } = require('./load-letters-mock') as typeof import('./load-letters-mock.weapp')
  lettersMockProvided(require('./letters-mock') as typeof import('./letters-mock'))
}

export {}
