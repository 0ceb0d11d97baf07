/**
 * A corpus of bad requests for every endpoint of the reference server: malformed JSON, wrong types,
 * over-long fields, too-large bodies, unknown cities and ids, missing and wrong tokens. Each answer is
 * the contract's error shape (Open311's on its paths) with the right status: never a 500, never a stack.
 */
import { getCityConfig } from '../../src/cities/city-registry'
import { SAMPLE_LETTER } from '../support/sample-letter'
import {
  startReferenceServer,
  TEST_OPEN311_KEY,
  TEST_STAFF_TOKEN,
  type ReferenceServer,
} from '../support/reference-server'

let server: ReferenceServer
/** Ids that exist, found once the server is up; each endpoint's path is filled in with them. */
const known: Record<string, string> = {}

interface Endpoint {
  method: 'GET' | 'POST'
  path: string
  /** A body the endpoint takes, for the corpus to break field by field. */
  body?: Record<string, unknown>
  /** A query it needs to answer at all. */
  query?: string
  idempotent?: boolean
  staff?: boolean
  /** Open311: `jurisdiction_id` instead of a city in the path, and its own error format. */
  open311?: boolean
  /** Paged lists: `cursor` and `limit`. */
  paged?: boolean
}

const QUESTION = {
  departmentId: null,
  title: '电动自行车上牌在哪里办理',
  body: '新买的电动自行车需要上牌，请问在哪里办理，需要带哪些材料？',
  nickname: '',
  anonymous: false,
  consent: true,
}
const COMMENT = { text: '建议在征求意见稿中增加对老年人出行的便利措施。', consent: true }
const OPEN311_REQUEST = {
  jurisdiction_id: 'shanghai',
  api_key: TEST_OPEN311_KEY,
  service_code: 'complaint.transport',
  address_string: '漕溪北路公交站',
  first_name: '王',
  phone: '13812345678',
  description: SAMPLE_LETTER.description,
  'attribute[consent]': 'true',
}

/** Every route the server has (the guard below checks that none is missing). */
const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/cities/:city/notices' },
  { method: 'GET', path: '/cities/:city/columns/:columnId/articles', paged: true },
  { method: 'GET', path: '/cities/:city/articles/:articleId' },
  { method: 'GET', path: '/cities/:city/accounts' },
  { method: 'GET', path: '/cities/:city/stories' },
  { method: 'GET', path: '/cities/:city/stories/:storyId' },
  { method: 'GET', path: '/cities/:city/search', query: 'q=公交' },
  { method: 'GET', path: '/cities/:city/board' },
  { method: 'POST', path: '/cities/:city/lookups/:service', body: { districtId: 'xuhui' } },
  { method: 'POST', path: '/cities/:city/letters', body: SAMPLE_LETTER, idempotent: true },
  { method: 'POST', path: '/cities/:city/letters/photos' },
  { method: 'GET', path: '/cities/:city/letters/:caseNumber' },
  { method: 'POST', path: '/cities/:city/letters/:caseNumber/rating', body: { rating: 'satisfied', comment: '很好' } },
  { method: 'GET', path: '/cities/:city/public-replies', paged: true },
  { method: 'GET', path: '/cities/:city/questions', paged: true },
  { method: 'POST', path: '/cities/:city/questions', body: QUESTION, idempotent: true },
  { method: 'GET', path: '/cities/:city/questions/:questionId' },
  { method: 'POST', path: '/cities/:city/questions/:questionId/helpful', body: { deviceId: 'device-0001' } },
  { method: 'GET', path: '/cities/:city/consultations', query: 'status=open', paged: true },
  { method: 'GET', path: '/cities/:city/consultations/:consultationId' },
  { method: 'POST', path: '/cities/:city/consultations/:consultationId/comments', body: COMMENT, idempotent: true },
  { method: 'GET', path: '/staff/cities/:city/letters', staff: true },
  { method: 'POST', path: '/staff/cities/:city/letters/:caseNumber/:action', body: { reply: '已处理。' }, staff: true },
  {
    method: 'POST',
    path: '/staff/cities/:city/questions/:questionId/answer',
    body: { reply: '可到派出所办理。' },
    staff: true,
  },
  {
    method: 'POST',
    path: '/staff/cities/:city/consultations/:consultationId/feedback',
    body: { html: '<p>采纳 3 条。</p>', adoptedCount: 3 },
    staff: true,
  },
  { method: 'GET', path: '/open311/v2/services.json', open311: true },
  { method: 'GET', path: '/open311/v2/services/:code.json', open311: true },
  { method: 'GET', path: '/open311/v2/requests.json', open311: true },
  { method: 'POST', path: '/open311/v2/requests.json', body: OPEN311_REQUEST, open311: true },
  { method: 'GET', path: '/open311/v2/requests/:caseNumber.json', open311: true },
]

const name = (e: Endpoint) => `${e.method} ${e.path}`
const fill = (path: string, values: Record<string, string> = {}) =>
  path.replace(/:(\w+)/g, (_, param: string) => encodeURIComponent(values[param] ?? known[param]))

interface Answer {
  status: number
  text: string
  body: unknown
}

async function send(
  endpoint: Endpoint,
  {
    values,
    query = endpoint.query,
    body = endpoint.body ?? {},
    rawBody,
    contentType = 'application/json',
    headers = {},
    token = TEST_STAFF_TOKEN,
  }: {
    values?: Record<string, string>
    query?: string
    body?: unknown
    rawBody?: string
    contentType?: string
    headers?: Record<string, string>
    token?: string | null
  } = {},
): Promise<Answer> {
  // Open311's POST names the jurisdiction in its body.
  const params = [endpoint.open311 && endpoint.method === 'GET' && 'jurisdiction_id=shanghai', query]
    .filter(Boolean)
    .join('&')
  const url = `${server.baseUrl}${fill(endpoint.path, values)}${params ? `?${params}` : ''}`
  const allHeaders: Record<string, string> = { ...headers }
  if (endpoint.staff && token) allHeaders.authorization = `Bearer ${token}`
  if (endpoint.idempotent) allHeaders['idempotency-key'] ??= `bad-input-${Math.random().toString(36).slice(2)}`
  let payload: string | undefined
  if (endpoint.method === 'POST') {
    payload = rawBody ?? JSON.stringify(body)
    allHeaders['content-type'] = contentType
  }
  const response = await fetch(url, { method: endpoint.method, headers: allHeaders, body: payload })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: response.status, text, body: parsed }
}

/** The refusal is the right status, in the endpoint's error shape, and gives nothing of the server away. */
function expectRefusal(endpoint: Endpoint, answer: Answer, status: number | number[]) {
  const statuses = Array.isArray(status) ? status : [status]
  expect({ status: answer.status, body: answer.body }).toEqual({ status: expect.any(Number), body: expect.anything() })
  if (!statuses.includes(answer.status))
    throw new Error(`Expected ${statuses.join(' or ')}, got ${answer.status}: ${answer.text}`)
  if (endpoint.open311) {
    expect(answer.body).toEqual([{ code: answer.status, description: expect.any(String) }])
  } else {
    expect(answer.body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } })
  }
  expect(answer.text).not.toMatch(/\s at |node_modules|\.ts:\d+|stack/i)
}

// Inside a describe, so the server closes before the file's shared database does (test/server/setup.ts).
describe('bad input, endpoint by endpoint', () => {
  beforeAll(async () => {
    server = await startReferenceServer({ citySimulation: false })
    const city = getCityConfig('shanghai')
    known.city = 'shanghai'
    known.columnId = city.newsColumns[0].id
    known.service = 'weather'
    known.action = 'reply'
    known.code = 'complaint.transport'
    const api = (path: string, init?: RequestInit) =>
      fetch(`${server.baseUrl}${path}`, init).then((r) => r.json() as Promise<Record<string, never>>)
    known.articleId = (await api(`/cities/shanghai/columns/${known.columnId}/articles`)).items[0]['id']
    known.storyId = (await api('/cities/shanghai/stories')).items[0]['id']
    known.questionId = (await api('/cities/shanghai/questions')).items[0]['id']
    known.consultationId = (await api('/cities/shanghai/consultations?status=open')).items[0]['id']
    const filed = await api('/cities/shanghai/letters', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'bad-input-setup' },
      body: JSON.stringify(SAMPLE_LETTER),
    })
    known.caseNumber = filed['caseNumber']
  })
  afterAll(() => server.close())

  it('covers every route the server has', () => {
    const routes: string[] = []
    const stack: string[] = []
    for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
      const match = /^([│ ]*)[├└]── (\S+) \(([^)]+)\)/.exec(line)
      if (!match) continue
      const depth = match[1].length / 4
      stack.length = depth
      stack.push(match[2])
      const path = stack.join('')
      for (const method of match[3].split(', ')) {
        if (method === 'GET' || method === 'POST') routes.push(`${method} ${path}`)
      }
    }
    // The tree names ids in one path by the route that was registered first; compare the shapes.
    const shape = (route: string) => route.replace(/:\w+/g, ':param')
    expect(routes.map(shape).sort()).toEqual(ENDPOINTS.map((e) => shape(name(e))).sort())
  })

  const inCity = ENDPOINTS.filter((e) => e.path.includes(':city'))
  it.each(inCity.map((e) => [name(e), e] as const))('%s: an unknown city is 404', async (_name, endpoint) => {
    expectRefusal(endpoint, await send(endpoint, { values: { city: 'atlantis' } }), 404)
  })

  const withIds = ENDPOINTS.flatMap((e) =>
    [...e.path.matchAll(/:(\w+)/g)]
      .map((m) => m[1])
      // The contract: an unknown column is an empty last page (a feed filter, not a thing).
      .filter((p) => p !== 'city' && p !== 'columnId')
      .map((param) => [name(e), param, e] as const),
  )
  it.each(withIds)('%s: an unknown %s is 404', async (_name, param, endpoint) => {
    expectRefusal(endpoint, await send(endpoint, { values: { [param]: `no-such-${param}` } }), 404)
    // Longer than any id: refused before it is looked up.
    expectRefusal(endpoint, await send(endpoint, { values: { [param]: 'x'.repeat(500) } }), [404, 414])
  })

  it('GET /cities/:city/columns/:columnId/articles: an unknown column is an empty last page', async () => {
    const feed = ENDPOINTS.find((e) => e.path.endsWith('/articles'))!
    const answer = await send(feed, { values: { columnId: 'no-such-column' } })
    expect({ status: answer.status, body: answer.body }).toEqual({ status: 200, body: { items: [], nextCursor: null } })
  })

  const open311 = ENDPOINTS.filter((e) => e.open311)
  it.each(open311.map((e) => [name(e), e] as const))(
    '%s: an unknown or missing jurisdiction',
    async (_name, endpoint) => {
      const path = fill(endpoint.path)
      for (const [query, status] of [
        ['jurisdiction_id=atlantis', 404],
        ['', 400],
      ] as const) {
        const response = await fetch(`${server.baseUrl}${path}?${query}`, {
          method: endpoint.method,
          headers: { 'content-type': 'application/json' },
          body:
            endpoint.method === 'POST' ? JSON.stringify({ ...endpoint.body, jurisdiction_id: undefined }) : undefined,
        })
        const text = await response.text()
        expectRefusal(endpoint, { status: response.status, text, body: JSON.parse(text) }, status)
      }
    },
  )

  const staff = ENDPOINTS.filter((e) => e.staff)
  it.each(staff.map((e) => [name(e), e] as const))(
    '%s: without a token 401, with a wrong one 403',
    async (_n, endpoint) => {
      expectRefusal(endpoint, await send(endpoint, { token: null }), 401)
      expectRefusal(endpoint, await send(endpoint, { token: 'not-the-token-but-as-long-as-it' }), 403)
      expectRefusal(
        endpoint,
        await send(endpoint, { headers: { authorization: `Basic ${TEST_STAFF_TOKEN}` }, token: null }),
        401,
      )
      // The token is checked before anything else: an unknown city tells a stranger nothing.
      expectRefusal(endpoint, await send(endpoint, { values: { city: 'atlantis' }, token: null }), 401)
    },
  )

  const jsonPosts = ENDPOINTS.filter((e) => e.method === 'POST' && e.body)
  describe.each(jsonPosts.map((e) => [name(e), e] as const))('%s', (_name, endpoint) => {
    it('refuses malformed JSON with 400', async () => {
      for (const rawBody of ['{"title": ', '{title: 1}', '\u0000', '{"a":1}}']) {
        expectRefusal(endpoint, await send(endpoint, { rawBody }), 400)
      }
    })

    it('refuses a body that is not an object with 400 or 422', async () => {
      for (const body of [[], 'text', 42, null, true]) {
        expectRefusal(endpoint, await send(endpoint, { body }), [400, 422])
      }
    })

    it('refuses each field with the wrong type with 400 or 422', async () => {
      for (const [field, value] of Object.entries(endpoint.body!)) {
        const wrong = typeof value === 'number' ? 'many' : typeof value === 'string' ? { text: value } : 12345
        const answer = await send(endpoint, { body: { ...endpoint.body, [field]: wrong } })
        if (answer.status < 400) throw new Error(`${field} = ${JSON.stringify(wrong)} was taken: ${answer.text}`)
        expectRefusal(endpoint, answer, endpoint.open311 ? [400, 403] : [400, 404, 422])
      }
    })

    it('refuses each text field made over-long with 400 or 422', async () => {
      for (const [field, value] of Object.entries(endpoint.body!)) {
        if (typeof value !== 'string' || field === 'api_key' || field === 'jurisdiction_id') continue
        const answer = await send(endpoint, { body: { ...endpoint.body, [field]: `${value}${'长'.repeat(20_000)}` } })
        if (answer.status < 400) throw new Error(`${field} of 20,000 more characters was taken`)
        expectRefusal(endpoint, answer, endpoint.open311 ? [400, 404] : [400, 404, 422])
      }
    })

    it('refuses a body over the size limit with 413', async () => {
      const body = { ...endpoint.body, padding: 'x'.repeat(70 * 1024) }
      expectRefusal(endpoint, await send(endpoint, { body }), 413)
    })

    it('refuses a body it cannot read with 415', async () => {
      expectRefusal(endpoint, await send(endpoint, { rawBody: 'title=x', contentType: 'text/plain' }), 415)
    })

    if (endpoint.idempotent) {
      it('refuses a submission without an Idempotency-Key, or with a malformed one, with 400', async () => {
        for (const key of ['', ' ', 'a key', 'k'.repeat(101)]) {
          const answer = await send(endpoint, { headers: { 'idempotency-key': key } })
          expectRefusal(endpoint, answer, 400)
        }
      })
    }
  })

  const paged = ENDPOINTS.filter((e) => e.paged)
  it.each(paged.map((e) => [name(e), e] as const))(
    '%s: refuses a bad limit or cursor with 422',
    async (_n, endpoint) => {
      const base = endpoint.query ? `${endpoint.query}&` : ''
      for (const bad of [
        'limit=abc',
        'limit=0',
        'limit=51',
        'limit=-1',
        'limit=1.5',
        `cursor=${'9'.repeat(300)}`,
        'cursor=%00%ff',
      ]) {
        expectRefusal(endpoint, await send(endpoint, { query: `${base}${bad}` }), 422)
      }
    },
  )

  const gets = ENDPOINTS.filter((e) => e.method === 'GET')
  it.each(gets.map((e) => [name(e), e] as const))(
    '%s: junk in the query is refused or ignored, never a 500',
    async (_n, endpoint) => {
      const junk = [
        `q=${'长'.repeat(1000)}`,
        'department=%00',
        'status=closed&status=open',
        'category=poems',
        'limit[]=1',
        'start_date=never',
        'service_request_id=' + 'x,'.repeat(100),
      ]
      for (const query of junk) {
        const answer = await send(endpoint, { query: [endpoint.query, query].filter(Boolean).join('&') })
        if (answer.status >= 400) expectRefusal(endpoint, answer, [400, 404, 422])
        else expect(answer.status).toBe(200)
      }
    },
  )

  describe('POST /cities/:city/letters/photos', () => {
    const photos = ENDPOINTS.find((e) => e.path.endsWith('/photos'))!
    it('refuses a body that is not a multipart photo with 400', async () => {
      expectRefusal(photos, await send(photos, { body: { photo: 'base64' } }), 400)
      const noField = new FormData()
      noField.append('picture', new Blob(['x']), 'x.jpg')
      const response = await fetch(`${server.baseUrl}/cities/shanghai/letters/photos`, {
        method: 'POST',
        body: noField,
      })
      const text = await response.text()
      expectRefusal(photos, { status: response.status, text, body: JSON.parse(text) }, 400)
      const broken = await send(photos, {
        rawBody: '--x\r\nnot a part',
        contentType: 'multipart/form-data; boundary=x',
      })
      expectRefusal(photos, broken, 400)
    })

    it('refuses a photo over 10 MB with 413', async () => {
      const form = new FormData()
      form.append('photo', new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: 'image/jpeg' }), 'big.jpg')
      const response = await fetch(`${server.baseUrl}/cities/shanghai/letters/photos`, { method: 'POST', body: form })
      const text = await response.text()
      expectRefusal(photos, { status: response.status, text, body: JSON.parse(text) }, 413)
    })
  })

  it('answers a URL too long for the server (over 16 KB) with 431 in the contract’s shape', async () => {
    const answer = await send(ENDPOINTS[0], { query: `q=${'长'.repeat(3000)}` })
    expectRefusal(ENDPOINTS[0], answer, 431)
  })

  it('answers an unknown path and an unknown method in the contract’s shape', async () => {
    for (const [method, path] of [
      ['GET', '/cities/shanghai/nothing-here'],
      ['DELETE', '/cities/shanghai/letters'],
      ['GET', '/%E0%A4%A'],
    ]) {
      const response = await fetch(`${server.baseUrl}${path}`, { method })
      const text = await response.text()
      expectRefusal(ENDPOINTS[0], { status: response.status, text, body: JSON.parse(text) }, [400, 404])
    }
  })
})
