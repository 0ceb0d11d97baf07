import { CITY_IDS } from '../../../../config/settings'
import { getCityConfig } from '../../../cities/city-registry'
import { loadArticleBodies, loadNewsFixtures } from '../load-fixtures'

/** The data every city ships with: enough, consistent, and in both languages. */
describe.each(CITY_IDS)('%s news fixtures', (city) => {
  test('at least 30 articles, each in a column of the city, with a body, unique ids', async () => {
    const { articles } = await loadNewsFixtures(city)
    const bodies = await loadArticleBodies(city)
    const columns = new Set(getCityConfig(city).newsColumns.map((c) => c.id))
    expect(articles.length).toBeGreaterThanOrEqual(30)
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length)
    for (const article of articles) {
      expect(columns).toContain(article.columnId)
      expect(bodies[article.id]?.length ?? 0).toBeGreaterThan(100)
      expect(article.title.zh).toMatch(/\p{Script=Han}/u)
      expect(article.title.en).toMatch(/[A-Za-z]/)
      expect(article.summary.en).toMatch(/[A-Za-z]/)
    }
    expect(Object.keys(bodies).sort()).toEqual(articles.map((a) => a.id).sort())
  })

  test('every column has articles', async () => {
    const { articles } = await loadNewsFixtures(city)
    for (const column of getCityConfig(city).newsColumns) {
      expect(articles.some((a) => a.columnId === column.id)).toBe(true)
    }
  })

  test('pinned notices: some in force, one already expired, links point at real articles', async () => {
    const { articles, notices } = await loadNewsFixtures(city)
    const inForce = notices.filter((n) => n.validForHours > n.hoursAgo)
    expect(inForce.length).toBeGreaterThan(0)
    expect(notices.some((n) => n.validForHours <= n.hoursAgo)).toBe(true)
    for (const notice of notices.filter((n) => n.articleId)) {
      expect(articles.map((a) => a.id)).toContain(notice.articleId)
    }
  })
})
