// Imported by the news subpackage's article page, so the mock's article bodies ship in that subpackage
// rather than in the main package. An http build keeps none of this: the condition is a build-time
// constant, and so is the city.
if (process.env.TARO_APP_API !== 'http') {
  const { articleBodiesProvided } = require('./load-fixtures') as typeof import('./load-fixtures.weapp')
  articleBodiesProvided(
    process.env.TARO_APP_CITY === 'chengdu'
      ? require('./fixtures/chengdu/article-bodies').articleBodies
      : process.env.TARO_APP_CITY === 'yinchuan'
        ? require('./fixtures/yinchuan/article-bodies').articleBodies
        : require('./fixtures/shanghai/article-bodies').articleBodies,
  )
}

export {}
