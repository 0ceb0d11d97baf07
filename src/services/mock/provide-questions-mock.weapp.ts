// Imported by the questions subpackage's pages (features/questions/provide-mock.ts), so the questions
// mock ships there rather than in the main package. An http build keeps none of this: the condition is a
// build-time constant.
if (process.env.TARO_APP_API !== 'http') {
  const { questionsMockProvided } = require('./load-questions-mock') as typeof import('./load-questions-mock.weapp')
  questionsMockProvided(require('./questions-mock') as typeof import('./questions-mock'))
}

export {}
