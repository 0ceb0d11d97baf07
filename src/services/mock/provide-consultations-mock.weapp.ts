// Imported by the consultations subpackage's pages (features/consultations/provide-mock.ts), so the
// consultations mock ships there rather than in the main package. An http build keeps none of this: the
// condition is a build-time constant.
if (process.env.TARO_APP_API !== 'http') {
  const { consultationsMockProvided } =
    require('./load-consultations-mock') as typeof import('./load-consultations-mock.weapp')
  consultationsMockProvided(require('./consultations-mock') as typeof import('./consultations-mock'))
}

export {}
