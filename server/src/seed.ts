import { CITY_IDS, type CityId } from '../../config/settings'
import { loadLettersConfig } from '../../src/cities/letters/load-letters-config'
import { beijingDate } from '../../src/shared/calendar/working-days'
import { CONSULTATIONS } from '../../src/services/mock/fixtures/consultations'
import { shiftDate, startOfBeijingDay } from '../../src/services/mock/consultations-mock'
import { seededCity } from '../../src/services/mock/letters-mock'
import { loadArticleBodies, loadNewsFixtures } from '../../src/services/mock/load-fixtures'
import { createMatrixMock } from '../../src/services/mock/matrix-mock'
import { createMockRuntime, type Clock } from '../../src/services/mock/mock-runtime'
import { datedNews, newsAnchor } from '../../src/services/mock/news-mock'
import { seededQuestions } from '../../src/services/mock/questions-mock'
import { createStoriesMock } from '../../src/services/mock/stories-mock'
import { createMemoryStorage } from '../../src/shared/storage/key-value-storage'
import type { Db, Queryable } from './db'
import { insertCase } from './store/letters'
import { insertQuestion } from './store/questions'

const HOUR = 3_600_000

/** Many rows in one statement per 200, parameters only. */
async function insertRows(q: Queryable, table: string, columns: string[], rows: unknown[][]) {
  for (let start = 0; start < rows.length; start += 200) {
    const chunk = rows.slice(start, start + 200)
    const values = chunk
      .map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`)
      .join(', ')
    await q.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat())
  }
}

/**
 * Fills each city not seeded yet with the app mock's own city data (one source of truth): articles and
 * notices, other citizens' letters with their handling, answered questions, consultations, stories
 * and the account matrix, all dated from `clock`'s now as the mock dates them from its first use.
 */
export async function seed(db: Db, clock: Clock, cities: readonly CityId[] = CITY_IDS): Promise<CityId[]> {
  const seeded: CityId[] = []
  for (const city of cities) {
    const done = await db.query('SELECT 1 FROM seeded_cities WHERE city = $1', [city])
    if (done.length > 0) continue
    const now = clock.now()
    const [news, bodies, letters] = await Promise.all([
      loadNewsFixtures(city),
      loadArticleBodies(city),
      loadLettersConfig(city),
    ])
    // The stories and accounts as the mock serves them (their images and dates are made there).
    const runtime = createMockRuntime({ clock, latency: { min: 0, max: 0 }, storage: createMemoryStorage() })
    const storiesPort = createStoriesMock(runtime)
    const stories = await Promise.all(
      (await storiesPort.listStories(city)).map((s) => storiesPort.getStory(city, s.id)),
    )
    const { items: accounts } = await createMatrixMock(runtime).listAccounts(city)
    const { articles, notices } = datedNews(news, newsAnchor(now))
    const createdDay = beijingDate(now)

    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO seeded_cities (city, seeded_at) VALUES ($1, $2)', [city, new Date(now)])
      await insertRows(
        tx,
        'articles',
        ['city', 'id', 'column_id', 'title', 'summary', 'source', 'published_at', 'read_count', 'body_html'],
        articles.map((a) => [
          city,
          a.id,
          a.columnId,
          JSON.stringify(a.title),
          JSON.stringify(a.summary),
          JSON.stringify(a.source),
          a.publishedAt,
          a.readCount,
          bodies[a.id] ?? '',
        ]),
      )
      await insertRows(
        tx,
        'notices',
        ['city', 'id', 'level', 'title', 'body', 'published_at', 'expires_at', 'article_id'],
        notices.map((n) => [
          city,
          n.id,
          n.level,
          JSON.stringify(n.title),
          JSON.stringify(n.body),
          n.publishedAt,
          n.expiresAt,
          n.articleId ?? null,
        ]),
      )
      const history = seededCity(letters, now)
      for (const stored of history.cases) await insertCase(tx, city, stored)
      await insertRows(
        tx,
        'counters',
        ['city', 'name', 'value'],
        Object.entries(history.sequences).map(([day, value]) => [city, `case:${day}`, value]),
      )
      for (const question of seededQuestions(city, now)) await insertQuestion(tx, city, question)
      await insertRows(
        tx,
        'consultations',
        [
          'city',
          'id',
          'position',
          'title',
          'department_id',
          'summary',
          'start_date',
          'end_date',
          'earlier_comments',
          'draft_html',
          'feedback',
        ],
        CONSULTATIONS[city].map((c, i) => [
          city,
          c.id,
          i,
          c.title,
          c.departmentId,
          c.summary,
          shiftDate(createdDay, c.startDay),
          shiftDate(createdDay, c.endDay),
          c.commentCount,
          c.draftHtml,
          c.feedback
            ? JSON.stringify({
                publishedAt: new Date(
                  startOfBeijingDay(shiftDate(createdDay, c.feedback.day)) + 10 * HOUR,
                ).toISOString(),
                html: c.feedback.html,
                adoptedCount: c.feedback.adoptedCount,
              })
            : null,
        ]),
      )
      await insertRows(
        tx,
        'stories',
        ['city', 'id', 'position', 'category', 'story'],
        stories.map((s, i) => [city, s.id, i, s.category, JSON.stringify(s)]),
      )
      await insertRows(
        tx,
        'accounts',
        ['city', 'id', 'position', 'account'],
        accounts.map((a, i) => [city, a.id, i, JSON.stringify(a)]),
      )
    })
    seeded.push(city)
  }
  return seeded
}
