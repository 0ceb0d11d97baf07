import type { CityId } from '../../../config/settings'
import { buildCityNews } from './build-city-news'
import type { ArticleBodies, NewsFixtures } from './fixtures/fixture-types'

/**
 * H5 (and tests). The build city's articles and notices come with the app, because Home shows them
 * first and a separate request would hold up its first paint; the other cities' data are chunks of
 * their own, fetched when staff switch city, and article bodies only when an article opens.
 * The mini program uses load-fixtures.weapp.ts instead.
 */
export function loadNewsFixtures(city: CityId): Promise<NewsFixtures> {
  if (city === (process.env.TARO_APP_CITY || 'shanghai')) return Promise.resolve(buildCityNews)
  switch (city) {
    case 'chengdu':
      return import(/* webpackChunkName: "mock-chengdu" */ './fixtures/chengdu/news').then((m) => m.news)
    case 'yinchuan':
      return import(/* webpackChunkName: "mock-yinchuan" */ './fixtures/yinchuan/news').then((m) => m.news)
    case 'shanghai':
      return import(/* webpackChunkName: "mock-shanghai" */ './fixtures/shanghai/news').then((m) => m.news)
  }
}

export function loadArticleBodies(city: CityId): Promise<ArticleBodies> {
  switch (city) {
    case 'chengdu':
      return import(/* webpackChunkName: "mock-chengdu-bodies" */ './fixtures/chengdu/article-bodies').then(
        (m) => m.articleBodies,
      )
    case 'yinchuan':
      return import(/* webpackChunkName: "mock-yinchuan-bodies" */ './fixtures/yinchuan/article-bodies').then(
        (m) => m.articleBodies,
      )
    case 'shanghai':
      return import(/* webpackChunkName: "mock-shanghai-bodies" */ './fixtures/shanghai/article-bodies').then(
        (m) => m.articleBodies,
      )
  }
}
