import type { CityId } from '../../../config/settings'
import type { ArticleBodies, NewsFixtures } from './fixtures/fixture-types'

/**
 * H5 (and tests): each city's fixtures are their own chunks, fetched when that city is first shown, and
 * article bodies only when an article opens, so the first page carries no more data than it shows.
 * The mini program uses load-fixtures.weapp.ts instead.
 */
export function loadNewsFixtures(city: CityId): Promise<NewsFixtures> {
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
