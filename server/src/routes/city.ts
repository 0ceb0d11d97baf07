import type { FastifyInstance } from 'fastify'
import * as v from 'valibot'
import { getCityConfig } from '../../../src/cities/city-registry'
import { loadLettersConfig } from '../../../src/cities/letters/load-letters-config'
import type { CityId } from '../../../config/settings'
import { SERVICE_IDS, type ServiceId } from '../../../src/services/lookups/lookup-schemas'
import { computeBoard } from '../../../src/services/matrix/board'
import { SEARCH_PINYIN } from '../../../src/services/mock/fixtures/search-pinyin'
import { createLookupsMock } from '../../../src/services/mock/lookups-mock'
import { createMockRuntime } from '../../../src/services/mock/mock-runtime'
import { decodeCursor } from '../../../src/services/mock/news-mock'
import { contentDocuments } from '../../../src/services/mock/search-documents'
import { NOTICE_LEVELS, type ArticleSummary, type Notice } from '../../../src/services/news/news-schemas'
import { buildSearchIndex, searchIndex, type SearchIndex } from '../../../src/services/search/search-engine'
import { STORY_CATEGORIES, type Story } from '../../../src/services/stories/stories-schemas'
import { createMemoryStorage } from '../../../src/shared/storage/key-value-storage'
import { caseAt } from '../../../src/services/mock/letters-mock'
import { cityParam, type ServerContext } from '../app'
import { httpError, parseInput } from '../errors'
import { allCases } from '../store/letters'
import { createConsultationsStore } from '../store/consultations'
import { createQuestionsStore } from '../store/questions'
import { pageParams } from './paging'

const ARTICLE_COLUMNS = 'id, column_id, title, summary, source, published_at, read_count'
interface ArticleRow {
  id: string
  column_id: string
  title: ArticleSummary['title']
  summary: ArticleSummary['summary']
  source: ArticleSummary['source']
  published_at: Date
  read_count: number
  body_html?: string
}
const toSummary = (row: ArticleRow): ArticleSummary => ({
  id: row.id,
  columnId: row.column_id,
  title: row.title,
  summary: row.summary,
  source: row.source,
  publishedAt: row.published_at.toISOString(),
  readCount: row.read_count,
})

const CategorySchema = v.object({ category: v.optional(v.picklist(STORY_CATEGORIES)) })
const DepartmentSchema = v.object({ department: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(40))) })
const SearchQuerySchema = v.object({ q: v.optional(v.string(), '') })
/** How long a city's search index is reused: new answers show up in search within this time. */
const SEARCH_INDEX_TTL_MS = 60_000

/** News, stories, the account matrix and board, one-stop search and the look-ups: docs/http-contract.md. */
export function registerCityRoutes(app: FastifyInstance, context: ServerContext) {
  const { db, clock } = context
  const questions = createQuestionsStore(context)
  const consultations = createConsultationsStore(context)

  app.get('/cities/:city/notices', async (request) => {
    const city = cityParam(request)
    const now = new Date(clock.now())
    const rows = await db.query<{
      id: string
      level: Notice['level']
      title: Notice['title']
      body: Notice['body']
      published_at: Date
      expires_at: Date
      article_id: string | null
    }>(
      'SELECT id, level, title, body, published_at, expires_at, article_id FROM notices WHERE city = $1 AND published_at <= $2 AND expires_at > $2',
      [city, now],
    )
    const items: Notice[] = rows
      .map((r) => ({
        id: r.id,
        level: r.level,
        title: r.title,
        body: r.body,
        publishedAt: r.published_at.toISOString(),
        expiresAt: r.expires_at.toISOString(),
        ...(r.article_id ? { articleId: r.article_id } : {}),
      }))
      .sort(
        (a, b) =>
          NOTICE_LEVELS.indexOf(a.level) - NOTICE_LEVELS.indexOf(b.level) ||
          Date.parse(b.publishedAt) - Date.parse(a.publishedAt),
      )
    return { items }
  })

  app.get('/cities/:city/columns/:columnId/articles', async (request) => {
    const city = cityParam(request)
    const { columnId } = request.params as { columnId: string }
    const { cursor, limit } = pageParams(request.query, /^\d{1,15}\..+$/)
    const after = cursor ? decodeCursor(cursor) : null
    // Keyset paging on (published_at, id): one index range, stable while newer articles arrive.
    const rows = await db.query<ArticleRow>(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE city = $1 AND column_id = $2
       AND ($3::timestamptz IS NULL OR (published_at, id) < ($3::timestamptz, $4::text))
       ORDER BY published_at DESC, id DESC LIMIT $5`,
      [city, columnId, after && new Date(after.time), after?.id ?? '', limit + 1],
    )
    const items = rows.slice(0, limit).map(toSummary)
    const last = items.at(-1)
    return { items, nextCursor: last && rows.length > limit ? `${Date.parse(last.publishedAt)}.${last.id}` : null }
  })

  app.get('/cities/:city/articles/:id', async (request) => {
    const city = cityParam(request)
    const { id } = request.params as { id: string }
    // Opening an article counts as a read.
    const [row] = await db.query<ArticleRow>(
      `UPDATE articles SET read_count = read_count + 1 WHERE city = $1 AND id = $2 RETURNING ${ARTICLE_COLUMNS}, body_html`,
      [city, id],
    )
    if (!row) throw httpError(404, `No article ${id}`)
    return { ...toSummary(row), bodyHtml: row.body_html }
  })

  app.get('/cities/:city/stories', async (request) => {
    const city = cityParam(request)
    const { category } = parseInput(CategorySchema, request.query, 'story category')
    const rows = await db.query<{ story: Story }>(
      'SELECT story FROM stories WHERE city = $1 AND ($2::text IS NULL OR category = $2) ORDER BY position',
      [city, category ?? null],
    )
    return { items: rows.map(({ story: { bodyHtml: _body, ...summary } }) => summary) }
  })

  app.get('/cities/:city/stories/:id', async (request) => {
    const city = cityParam(request)
    const { id } = request.params as { id: string }
    const [row] = await db.query<{ story: Story }>('SELECT story FROM stories WHERE city = $1 AND id = $2', [city, id])
    if (!row) throw httpError(404, `No story ${id}`)
    return row.story
  })

  app.get('/cities/:city/accounts', async (request) => {
    const city = cityParam(request)
    const rows = await db.query<{ account: unknown }>(
      'SELECT account FROM accounts WHERE city = $1 ORDER BY position',
      [city],
    )
    return { items: rows.map((r) => r.account), asOf: new Date(clock.now()).toISOString() }
  })

  app.get('/cities/:city/board', async (request) => {
    const city = cityParam(request)
    const { department } = parseInput(DepartmentSchema, request.query, 'department')
    const config = await loadLettersConfig(city)
    if (department !== undefined && !config.departments.some((d) => d.id === department)) {
      throw httpError(404, `Matrix: no department ${department}`)
    }
    const now = clock.now()
    const cases = (await allCases(db, city)).map((stored) => caseAt(stored, now))
    return computeBoard(cases, await questions.all(city), now, config, department ?? null)
  })

  const indexes = new Map<CityId, { builtAt: number; index: Promise<SearchIndex> }>()
  async function buildIndex(city: CityId): Promise<SearchIndex> {
    const [articles, answered, published, letters] = await Promise.all([
      db.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE city = $1 ORDER BY published_at DESC, id DESC`,
        [city],
      ),
      questions.all(city),
      consultations.all(city),
      loadLettersConfig(city),
    ])
    const documents = contentDocuments({
      articles,
      services: getCityConfig(city).services,
      questions: answered.filter((q) => q.state === 'answered'),
      consultations: published,
      departments: letters.departments,
    })
    return buildSearchIndex(documents, (text) => SEARCH_PINYIN[text])
  }

  app.get('/cities/:city/search', async (request) => {
    const city = cityParam(request)
    const { q } = parseInput(SearchQuerySchema, request.query, 'q')
    let cached = indexes.get(city)
    if (!cached || Date.now() - cached.builtAt > SEARCH_INDEX_TTL_MS) {
      cached = { builtAt: Date.now(), index: buildIndex(city) }
      cached.index.catch(() => indexes.delete(city))
      indexes.set(city, cached)
    }
    return searchIndex(await cached.index, q)
  })

  // The look-ups read other government systems (bus operators, the tax bureau …), which a reference
  // server cannot reach: it answers them with the app mock's deterministic records, on the server's clock.
  const lookups = createLookupsMock(
    createMockRuntime({ clock, latency: { min: 0, max: 0 }, storage: createMemoryStorage() }),
  )
  app.post('/cities/:city/lookups/:service', async (request, reply) => {
    const city = cityParam(request)
    const { service } = request.params as { service: string }
    if (!(SERVICE_IDS as readonly string[]).includes(service)) throw httpError(404, `No look-up ${service}`)
    // Personal results are for the citizen's screen only.
    reply.header('Cache-Control', 'no-store')
    return lookups.lookup(city, service as ServiceId, request.body as never)
  })
}
