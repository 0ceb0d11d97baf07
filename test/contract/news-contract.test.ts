/**
 * @jest-environment node
 *
 * One suite of News behaviour, run against every contract adapter (test/support/contract-adapters.ts).
 * Whatever passes here behaves the same whichever adapter the build picks.
 */
import { DEFAULT_PAGE_SIZE } from '../../src/services/news/news-port'
import type { ArticleSummary } from '../../src/services/news/news-schemas'
import { ServiceError } from '../../src/services/errors'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'
import { TEST_NOW } from '../support/test-api'

describe.each(CONTRACT_ADAPTERS)('News contract (%s)', (_name, start) => {
  let harness: Harness
  beforeAll(async () => {
    harness = await start()
  })
  afterAll(() => harness.close())

  async function wholeColumn(city: 'shanghai' | 'chengdu' | 'yinchuan', columnId: string, limit?: number) {
    const items: ArticleSummary[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page = await harness.api.news.listArticles({ city, columnId, cursor, limit })
      items.push(...page.items)
      cursor = page.nextCursor
      pages += 1
    } while (cursor && pages < 100)
    return { items, pages }
  }

  test.each(['shanghai', 'chengdu', 'yinchuan'] as const)(
    '%s: notices in force only, most severe first',
    async (city) => {
      const notices = await harness.api.news.listNotices(city)
      expect(notices.length).toBeGreaterThan(0)
      const levels = ['red', 'orange', 'yellow', 'blue', 'info']
      for (const notice of notices) {
        expect(Date.parse(notice.publishedAt)).toBeLessThanOrEqual(TEST_NOW)
        expect(Date.parse(notice.expiresAt)).toBeGreaterThan(TEST_NOW)
      }
      const order = notices.map((n) => levels.indexOf(n.level))
      expect(order).toEqual([...order].sort((a, b) => a - b))
    },
  )

  test('the first page is the newest ten, newest first', async () => {
    const page = await harness.api.news.listArticles({ city: 'shanghai', columnId: 'latest' })
    expect(page.items).toHaveLength(DEFAULT_PAGE_SIZE)
    const times = page.items.map((a) => Date.parse(a.publishedAt))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(page.items.every((a) => a.columnId === 'latest')).toBe(true)
    expect(page.nextCursor).not.toBeNull()
    expect(page.items[0]).not.toHaveProperty('bodyHtml')
  })

  test('cursor paging walks the whole column once: no gaps, no repeats, and the last page says so', async () => {
    const { items: byThree, pages } = await wholeColumn('shanghai', 'latest', 3)
    const { items: inOne } = await wholeColumn('shanghai', 'latest', 50)
    expect(byThree.map((a) => a.id)).toEqual(inOne.map((a) => a.id))
    expect(new Set(byThree.map((a) => a.id)).size).toBe(byThree.length)
    expect(pages).toBe(Math.ceil(inOne.length / 3))
    const last = await harness.api.news.listArticles({ city: 'shanghai', columnId: 'latest', limit: 50 })
    expect(last.nextCursor).toBeNull()
  })

  test('an article has its body and matches its feed entry', async () => {
    const [first] = (await harness.api.news.listArticles({ city: 'chengdu', columnId: 'important', limit: 1 })).items
    const article = await harness.api.news.getArticle('chengdu', first.id)
    expect(article).toMatchObject({ id: first.id, title: first.title, columnId: 'important' })
    expect(article.bodyHtml.length).toBeGreaterThan(100)
  })

  test('an unknown article is not-found', async () => {
    await expect(harness.api.news.getArticle('yinchuan', 'no-such-article')).rejects.toMatchObject({
      kind: 'not-found',
    })
    await expect(harness.api.news.getArticle('yinchuan', 'no-such-article')).rejects.toBeInstanceOf(ServiceError)
  })

  test('a column with no articles is an empty last page', async () => {
    await expect(harness.api.news.listArticles({ city: 'yinchuan', columnId: 'no-such-column' })).resolves.toEqual({
      items: [],
      nextCursor: null,
    })
  })
})
