import type { NewsFixtures } from './fixtures/fixture-types'

// The build city's articles and notices, bundled with the app on both targets (Home shows them
// first). The comparisons are build-time constants, so webpack keeps only the taken branch.
export const buildCityNews: NewsFixtures =
  process.env.TARO_APP_CITY === 'chengdu'
    ? require('./fixtures/chengdu/news').news
    : process.env.TARO_APP_CITY === 'yinchuan'
      ? require('./fixtures/yinchuan/news').news
      : require('./fixtures/shanghai/news').news
