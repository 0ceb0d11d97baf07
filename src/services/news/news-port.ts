import type { CityId } from '../../../config/settings'
import type { Page } from '../common-schemas'
import type { Article, ArticleSummary, Notice } from './news-schemas'

export const DEFAULT_PAGE_SIZE = 10
export const MAX_PAGE_SIZE = 50

export interface ArticleListQuery {
  city: CityId
  columnId: string
  /** Opaque; pass the previous page's `nextCursor`, or nothing for the newest page. */
  cursor?: string | null
  /** Items per page, 1–50; default 10. */
  limit?: number
}

/**
 * News and information: pinned notices, column feeds and articles.
 * Every method rejects with a `ServiceError` (see errors.ts) and never with anything else.
 */
export interface NewsPort {
  /** Pinned notices in force now (not yet expired), most severe first, then newest first. */
  listNotices(city: CityId): Promise<Notice[]>
  /** One page of a column's feed, newest first (ties broken by id, descending). */
  listArticles(query: ArticleListQuery): Promise<Page<ArticleSummary>>
  /** One article with its body. Rejects with kind `not-found` for an unknown id. */
  getArticle(city: CityId, id: string): Promise<Article>
}
