import * as v from 'valibot'
import type { CityId } from '../../../config/settings'
import type { KeyValueStorage } from '../../shared/storage/key-value-storage'
import type { Page } from '../../services/common-schemas'
import { ArticlePageSchema, type ArticleSummary } from '../../services/news/news-schemas'

const key = (city: CityId, columnId: string) => `news:feed:${city}:${columnId}`

/**
 * The last feed the citizen saw in each column, shown at once on the next start and then refreshed.
 * A cache written by an older build that no longer fits the schema is ignored, never trusted.
 */
export function createFeedCache(storage: KeyValueStorage) {
  return {
    read(city: CityId, columnId: string): Page<ArticleSummary> | null {
      const raw = storage.getItem(key(city, columnId))
      if (!raw) return null
      try {
        const parsed = v.safeParse(ArticlePageSchema, JSON.parse(raw))
        return parsed.success && parsed.output.items.length > 0 ? parsed.output : null
      } catch {
        return null
      }
    },
    /** Keeps the first page exactly as served, so its cursor still continues the feed. */
    writeFirstPage(city: CityId, columnId: string, page: Page<ArticleSummary>): void {
      storage.setItem(key(city, columnId), JSON.stringify(page))
    },
  }
}

export type FeedCache = ReturnType<typeof createFeedCache>
