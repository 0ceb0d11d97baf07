// Imported by the matrix subpackage's pages (features/matrix/provide-mock.ts), so the matrix mock ships
// there rather than in the main package. An http build keeps none of this: the condition is a
// build-time constant.
if (process.env.TARO_APP_API !== 'http') {
  const { matrixMockProvided } = require('./load-matrix-mock') as typeof import('./load-matrix-mock.weapp')
  matrixMockProvided(require('./matrix-mock') as typeof import('./matrix-mock'))
}

export {}
