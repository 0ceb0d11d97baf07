import type { IncomingMessage, ServerResponse } from 'node:http'
import type { CityId } from '../../config/settings'
import type { ConsultationStatus } from '../../src/services/consultations/consultations-schemas'
import type { Rating } from '../../src/services/letters/letters-schemas'
import type { Api } from '../../src/services/api'
import { isServiceError } from '../../src/services/errors'
import { SERVICE_IDS, type ServiceId } from '../../src/services/lookups/lookup-schemas'
import type { StoryCategory } from '../../src/services/stories/stories-schemas'
import { sendJson, startLocalServer } from './local-server'

const STATUS = { 'not-found': 404, network: 502, timeout: 504, server: 500, 'invalid-response': 502 } as const

/**
 * Serves a port implementation (the mock, in tests) over the HTTP contract, so the HTTP adapter can be
 * run against the same data and the same behaviour as the mock. Paths follow docs/http-contract.md.
 */
export function startContractServer(api: Api) {
  return startLocalServer(async (req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    const noRoute = () => sendJson(res, 404, { error: { code: 'no_route', message: 'No such endpoint' } })
    try {
      if (parts[0] !== 'cities') return noRoute()
      const city = parts[1] as CityId
      if (parts[2] === 'letters') {
        if (req.method === 'POST' && parts.length === 3) {
          const key = req.headers['idempotency-key']
          if (typeof key !== 'string')
            return sendJson(res, 400, { error: { code: 'no_key', message: 'Idempotency-Key required' } })
          return sendJson(res, 200, await api.letters.submit(city, JSON.parse(body), key))
        }
        if (req.method === 'POST' && parts.length === 4 && parts[3] === 'photos') {
          return await uploadPhoto(api, city, req.headers['content-type'] ?? '', body, res)
        }
        if (req.method === 'GET' && parts.length === 4)
          return sendJson(res, 200, await api.letters.getCase(city, parts[3]))
        if (req.method === 'POST' && parts.length === 5 && parts[4] === 'rating') {
          const { rating, comment } = JSON.parse(body) as { rating: Rating; comment?: string }
          return sendJson(res, 200, await api.letters.rate(city, parts[3], rating, comment))
        }
        return noRoute()
      }
      if (parts[2] === 'lookups' && parts.length === 4 && req.method === 'POST') {
        const service = parts[3] as ServiceId
        if (!SERVICE_IDS.includes(service)) return noRoute()
        let query: unknown
        try {
          query = JSON.parse(body)
        } catch {
          return sendJson(res, 400, { error: { code: 'bad_json', message: 'The body must be JSON' } })
        }
        // The port checks the query against its schema (422), as a real server must.
        return sendJson(res, 200, await api.lookups.lookup(city, service, query as never))
      }
      const route: Route = { api, city, rest: parts.slice(3), url, req, body, res }
      if (parts[2] === 'questions') return await questions(route)
      if (parts[2] === 'consultations') return await consultations(route)
      if (parts[2] === 'stories') return await stories(route)
      if (req.method !== 'GET') return noRoute()
      if (parts[2] === 'search' && parts.length === 3)
        return sendJson(res, 200, await api.search.search(city, url.searchParams.get('q') ?? ''))
      if (parts[2] === 'accounts' && parts.length === 3) return sendJson(res, 200, await api.matrix.listAccounts(city))
      if (parts[2] === 'board' && parts.length === 3) {
        return sendJson(res, 200, await api.matrix.getBoard(city, url.searchParams.get('department') ?? undefined))
      }
      if (parts[2] === 'public-replies' && parts.length === 3) {
        const limit = url.searchParams.get('limit')
        const page = await api.letters.listPublicReplies({
          city,
          departmentId: url.searchParams.get('department') ?? undefined,
          text: url.searchParams.get('q') ?? undefined,
          cursor: url.searchParams.get('cursor'),
          limit: limit ? Number(limit) : undefined,
        })
        return sendJson(res, 200, page)
      }
      if (parts[2] === 'notices' && parts.length === 3)
        return sendJson(res, 200, { items: await api.news.listNotices(city) })
      if (parts[2] === 'columns' && parts[4] === 'articles' && parts.length === 5) {
        const limit = url.searchParams.get('limit')
        const page = await api.news.listArticles({
          city,
          columnId: parts[3],
          cursor: url.searchParams.get('cursor'),
          limit: limit ? Number(limit) : undefined,
        })
        return sendJson(res, 200, page)
      }
      if (parts[2] === 'articles' && parts.length === 4)
        return sendJson(res, 200, await api.news.getArticle(city, parts[3]))
      return noRoute()
    } catch (error) {
      const status = isServiceError(error) ? (error.status ?? STATUS[error.kind]) : 500
      return sendJson(res, status, {
        error: { code: isServiceError(error) ? error.kind : 'internal', message: String((error as Error).message) },
      })
    }
  })
}

/**
 * `POST /cities/{city}/letters/photos`: the multipart field `photo` is handed to the port as a `blob:`
 * URL, the path H5's chooseMedia gives, so the port sees the bytes that were sent. (The local server
 * reads bodies as UTF-8 text, so a test photo's bytes must be valid UTF-8 to arrive unchanged.)
 */
async function uploadPhoto(
  api: Api,
  city: Parameters<Api['letters']['uploadPhoto']>[0],
  type: string,
  body: string,
  res: ServerResponse,
) {
  const photo = await new Response(body, { headers: { 'content-type': type } })
    .formData()
    .then((form) => form.get('photo'))
    .catch(() => null)
  if (!(photo instanceof Blob)) {
    return sendJson(res, 400, { error: { code: 'no_photo', message: 'A multipart field "photo" is required' } })
  }
  const url = URL.createObjectURL(photo)
  try {
    return sendJson(res, 200, await api.letters.uploadPhoto(city, url))
  } finally {
    URL.revokeObjectURL(url)
  }
}

const noRouteBody = { error: { code: 'no_route', message: 'No such endpoint' } }
const noKeyBody = { error: { code: 'no_key', message: 'Idempotency-Key required' } }

/** A query number as the port takes it: absent → undefined, anything else → a number (NaN: refused by the port). */
const numberParam = (url: URL, name: string) => {
  const value = url.searchParams.get(name)
  return value ? Number(value) : undefined
}

/** One request to a portal's routes; `rest` is the path after `/cities/{city}/<portal>`. */
interface Route {
  api: Api
  city: CityId
  rest: string[]
  url: URL
  req: IncomingMessage
  body: string
  res: ServerResponse
}

/** `/cities/{city}/questions…` (You Ask, I Answer). */
async function questions({ api, city, rest, url, req, body, res }: Route) {
  const { method } = req
  if (method === 'GET' && rest.length === 0) {
    const page = await api.questions.listAnswered({
      city,
      departmentId: url.searchParams.get('department') ?? undefined,
      topicId: url.searchParams.get('topic') ?? undefined,
      text: url.searchParams.get('q') ?? undefined,
      cursor: url.searchParams.get('cursor'),
      limit: numberParam(url, 'limit'),
    })
    return sendJson(res, 200, page)
  }
  if (method === 'GET' && rest.length === 1) return sendJson(res, 200, await api.questions.getQuestion(city, rest[0]))
  if (method === 'POST' && rest.length === 0) {
    const key = req.headers['idempotency-key']
    if (typeof key !== 'string') return sendJson(res, 400, noKeyBody)
    return sendJson(res, 200, await api.questions.ask(city, JSON.parse(body), key))
  }
  if (method === 'POST' && rest.length === 2 && rest[1] === 'helpful') {
    const { deviceId } = JSON.parse(body) as { deviceId: string }
    return sendJson(res, 200, await api.questions.markHelpful(city, rest[0], deviceId))
  }
  return sendJson(res, 404, noRouteBody)
}

/** `/cities/{city}/consultations…`. */
async function consultations({ api, city, rest, url, req, body, res }: Route) {
  const { method } = req
  if (method === 'GET' && rest.length === 0) {
    const page = await api.consultations.listConsultations({
      city,
      status: url.searchParams.get('status') as ConsultationStatus,
      cursor: url.searchParams.get('cursor'),
      limit: numberParam(url, 'limit'),
    })
    return sendJson(res, 200, page)
  }
  if (method === 'GET' && rest.length === 1) {
    return sendJson(res, 200, await api.consultations.getConsultation(city, rest[0]))
  }
  if (method === 'POST' && rest.length === 2 && rest[1] === 'comments') {
    const key = req.headers['idempotency-key']
    if (typeof key !== 'string') return sendJson(res, 400, noKeyBody)
    return sendJson(res, 200, await api.consultations.comment(city, rest[0], JSON.parse(body), key))
  }
  return sendJson(res, 404, noRouteBody)
}

/** `/cities/{city}/stories…` (I Love <City>). */
async function stories({ api, city, rest, url, req, res }: Route) {
  if (req.method === 'GET' && rest.length === 0) {
    const category = (url.searchParams.get('category') ?? undefined) as StoryCategory | undefined
    return sendJson(res, 200, { items: await api.stories.listStories(city, category) })
  }
  if (req.method === 'GET' && rest.length === 1) return sendJson(res, 200, await api.stories.getStory(city, rest[0]))
  return sendJson(res, 404, noRouteBody)
}
