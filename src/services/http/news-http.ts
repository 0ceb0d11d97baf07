import type { HttpClient } from './http-client'
import type { NewsPort } from '../news/news-port'
import { ArticlePageSchema, ArticleSchema, NoticeListSchema } from '../news/news-schemas'

const seg = encodeURIComponent

/** The News endpoints of the HTTP contract (see docs/http-contract.md). */
export function createNewsHttp(client: HttpClient): NewsPort {
  return {
    listNotices: async (city) => (await client.request('GET', `/cities/${seg(city)}/notices`, NoticeListSchema)).items,
    listArticles: ({ city, columnId, cursor, limit }) =>
      client.request('GET', `/cities/${seg(city)}/columns/${seg(columnId)}/articles`, ArticlePageSchema, {
        query: { cursor, limit },
      }),
    getArticle: (city, id) => client.request('GET', `/cities/${seg(city)}/articles/${seg(id)}`, ArticleSchema),
  }
}
