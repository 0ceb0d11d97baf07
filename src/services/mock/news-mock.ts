import type { CityId } from '../../../config/settings'
import { ServiceError } from '../errors'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type NewsPort } from '../news/news-port'
import { NOTICE_LEVELS, type Article, type ArticleSummary, type Notice } from '../news/news-schemas'
import type { ArticleBodies, NewsFixtures } from './fixtures/fixture-types'
import type { MockRuntime } from './mock-runtime'

const HOUR = 3_600_000
/** Fixture times are anchored to the clock rounded down to ten minutes, so they stay put between calls. */
const ANCHOR_STEP = 600_000

export interface NewsFixtureLoaders {
  loadNewsFixtures(city: CityId): Promise<NewsFixtures>
  /** Bodies come apart from the articles: see ArticleBodies. */
  loadArticleBodies(city: CityId): Promise<ArticleBodies>
}

export interface CityNews {
  /** Newest first. */
  articles: ArticleSummary[]
  notices: Notice[]
}

export const newsAnchor = (now: number) => Math.floor(now / ANCHOR_STEP) * ANCHOR_STEP

/** The fixtures' articles (newest first) and notices, dated from `anchor` (the reference server seeds these). */
export function datedNews({ articles, notices }: NewsFixtures, anchor: number): CityNews {
  return {
    articles: articles
      .map(({ hoursAgo, ...rest }) => ({ ...rest, publishedAt: new Date(anchor - hoursAgo * HOUR).toISOString() }))
      .sort(byNewestFirst),
    notices: notices.map(({ hoursAgo, validForHours, ...rest }) => ({
      ...rest,
      publishedAt: new Date(anchor - hoursAgo * HOUR).toISOString(),
      expiresAt: new Date(anchor + (validForHours - hoursAgo) * HOUR).toISOString(),
    })),
  }
}

/** Cursor = the last item's publish time and id, so pages stay stable when newer items arrive. */
function encodeCursor(article: ArticleSummary): string {
  return `${Date.parse(article.publishedAt)}.${article.id}`
}

export function decodeCursor(cursor: string): { time: number; id: string } {
  const dot = cursor.indexOf('.')
  const time = Number(cursor.slice(0, dot))
  if (dot <= 0 || !Number.isFinite(time)) throw new ServiceError('server', 'Invalid cursor', 400)
  return { time, id: cursor.slice(dot + 1) }
}

export function byNewestFirst(a: ArticleSummary, b: ArticleSummary): number {
  const diff = Date.parse(b.publishedAt) - Date.parse(a.publishedAt)
  return diff !== 0 ? diff : b.id < a.id ? -1 : b.id > a.id ? 1 : 0
}

export function createNewsMock(runtime: MockRuntime, fixtures: NewsFixtureLoaders): NewsPort {
  const anchor = newsAnchor(runtime.clock.now())
  const cache = new Map<CityId, Promise<CityNews>>()
  const readsKey = (city: CityId) => `mock:news:reads:${city}`

  function cityNews(city: CityId): Promise<CityNews> {
    let loaded = cache.get(city)
    if (!loaded) {
      loaded = fixtures.loadNewsFixtures(city).then((news) => datedNews(news, anchor))
      cache.set(city, loaded)
    }
    return loaded
  }

  function extraReads(city: CityId): Record<string, number> {
    try {
      return JSON.parse(runtime.storage.getItem(readsKey(city)) ?? '{}') as Record<string, number>
    } catch {
      return {}
    }
  }

  return {
    listNotices: (city) =>
      runtime.call(async () => {
        const now = runtime.clock.now()
        const { notices } = await cityNews(city)
        const current = notices.filter((n) => Date.parse(n.publishedAt) <= now && Date.parse(n.expiresAt) > now)
        current.sort(
          (a, b) =>
            NOTICE_LEVELS.indexOf(a.level) - NOTICE_LEVELS.indexOf(b.level) ||
            Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
        )
        return runtime.respond(current)
      }),

    listArticles: ({ city, columnId, cursor, limit = DEFAULT_PAGE_SIZE }) =>
      runtime.call(async () => {
        const size = Math.min(Math.max(1, Math.floor(limit)), MAX_PAGE_SIZE)
        const { articles } = await cityNews(city)
        const reads = extraReads(city)
        let column = articles.filter((a) => a.columnId === columnId)
        if (cursor) {
          const after = decodeCursor(cursor)
          column = column.filter((a) => {
            const time = Date.parse(a.publishedAt)
            return time < after.time || (time === after.time && a.id < after.id)
          })
        }
        const items = column
          .slice(0, size)
          .map((summary) => ({ ...summary, readCount: summary.readCount + (reads[summary.id] ?? 0) }))
        const nextCursor = column.length > size ? encodeCursor(items[items.length - 1]) : null
        return runtime.respond({ items, nextCursor })
      }),

    getArticle: (city, id) =>
      runtime.call(async () => {
        const { articles } = await cityNews(city)
        const article = articles.find((a) => a.id === id)
        if (!article) throw new ServiceError('not-found', `No article ${id}`, 404)
        const bodies = await fixtures.loadArticleBodies(city)
        // Opening an article counts as a read; kept on the device so the count survives a restart.
        const reads = extraReads(city)
        reads[id] = (reads[id] ?? 0) + 1
        runtime.storage.setItem(readsKey(city), JSON.stringify(reads))
        const full: Article = { ...article, bodyHtml: bodies[id] ?? '', readCount: article.readCount + reads[id] }
        return runtime.respond(full)
      }),
  }
}
