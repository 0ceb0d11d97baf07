/**
 * Open311 GeoReport v2 on the reference server: requests and answers shaped like the standard's own
 * examples (https://wiki.open311.org/GeoReport_v2), its error format included.
 */
import { startReferenceServer, TEST_OPEN311_KEY, type ReferenceServer } from '../support/reference-server'

let server: ReferenceServer

const DAY = 86_400_000

async function get(path: string) {
  const response = await fetch(`${server.baseUrl}/open311/v2/${path}`)
  return { status: response.status, body: (await response.json()) as never }
}

/** The standard's POST: form fields, as 311 apps send them. */
async function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  })
  return { status: response.status, body: (await response.json()) as never }
}

/** The standard's example request, moved to Shanghai: a sinkhole on a street, with a callback number. */
const SINKHOLE = {
  jurisdiction_id: 'shanghai',
  api_key: TEST_OPEN311_KEY,
  service_code: 'complaint.urban-management',
  address_string: '徐汇区漕溪北路 88 号门口',
  first_name: '约翰',
  last_name: '史',
  phone: '+86 138-1234-5678',
  email: 'john@example.com',
  device_id: 'tt222111',
  description: '人行道上出现一个大坑，已经有老人绊倒，晚上没有任何警示标志，请尽快处理。',
  'attribute[consent]': 'true',
  'attribute[is_public]': 'true',
}

/** Every error is `[{ code, description }]`, the code the HTTP status. */
function expectOpen311Error(answer: { status: number; body: unknown }, status: number, description?: RegExp) {
  expect(answer.status).toBe(status)
  expect(answer.body).toEqual([{ code: status, description: expect.any(String) }])
  if (description) expect((answer.body as { description: string }[])[0].description).toMatch(description)
}

// Inside a describe, so the server closes before the file's shared database does (test/server/setup.ts).
describe('Open311 GeoReport v2', () => {
  beforeAll(async () => {
    server = await startReferenceServer()
  })
  afterAll(() => server.close())

  describe('GET services.json', () => {
    it('lists one service per letter type and category the city takes, in the standard’s fields', async () => {
      const { status, body } = await get('services.json?jurisdiction_id=shanghai')
      expect(status).toBe(200)
      const services = body as Record<string, unknown>[]
      // Shanghai's channels take all six types; nine common categories.
      expect(services).toHaveLength(6 * 9)
      expect(services.find((s) => s.service_code === 'complaint.transport')).toEqual({
        service_code: 'complaint.transport',
        service_name: '投诉 · 交通出行',
        description: expect.stringContaining('13个工作日内答复'),
        metadata: true,
        type: 'realtime',
        keywords: expect.stringContaining('complaint'),
        group: '交通出行',
      })
    })

    it('asks for the jurisdiction, and knows only its three cities', async () => {
      expectOpen311Error(await get('services.json'), 400, /jurisdiction_id is required/)
      expectOpen311Error(await get('services.json?jurisdiction_id=springfield'), 404, /Unknown jurisdiction_id/)
    })

    it('serves JSON only: the XML form of a path is a 404 in the standard’s format', async () => {
      expectOpen311Error(await get('services.xml?jurisdiction_id=shanghai'), 404, /JSON only/)
    })
  })

  describe('GET services/{service_code}.json', () => {
    it('defines the attributes a request carries: the channels that take the type, consent required', async () => {
      const { status, body } = await get('services/complaint.transport.json?jurisdiction_id=shanghai')
      expect(status).toBe(200)
      const definition = body as { service_code: string; attributes: Record<string, unknown>[] }
      expect(definition.service_code).toBe('complaint.transport')
      const channel = definition.attributes.find((a) => a.code === 'channel')
      expect(channel).toMatchObject({ datatype: 'singlevaluelist', required: false, variable: true })
      expect((channel!.values as { key: string }[]).map((value) => value.key)).toEqual([
        'hotline-12345',
        'mayor-mailbox',
      ])
      expect(definition.attributes.find((a) => a.code === 'consent')).toMatchObject({ required: true })
      expect(definition.attributes.map((a) => a.order)).toEqual([1, 2, 3, 4])
    })

    it('answers 404 for a service the city does not have', async () => {
      expectOpen311Error(await get('services/praise.no-such-category.json?jurisdiction_id=shanghai'), 404, /No service/)
    })
  })

  describe('POST requests.json', () => {
    it('files a case and answers its number with the deadline, like the standard’s example', async () => {
      const { status, body } = await post(SINKHOLE)
      expect(status).toBe(200)
      expect(body).toEqual([
        {
          service_request_id: expect.stringMatching(/^SH-\d{8}-\d{6}$/),
          service_notice: expect.any(String),
          account_id: null,
        },
      ])
      const [{ service_request_id: id, service_notice: notice }] = body as {
        service_request_id: string
        service_notice: string
      }[]
      // Filed on Monday 2026-11-23; a complaint has 13 working days.
      expect(notice).toContain('2026-12-10')

      const one = await get(`requests/${id}.json?jurisdiction_id=shanghai`)
      expect(one.status).toBe(200)
      expect(one.body).toEqual([
        expect.objectContaining({
          service_request_id: id,
          status: 'open',
          status_notes: '待受理',
          service_code: 'complaint.urban-management',
          service_name: '投诉 · 城市管理',
          description: SINKHOLE.description,
          agency_responsible: '12345市民服务热线网上信箱',
          requested_datetime: '2026-11-23T10:00:00+08:00',
          expected_datetime: '2026-12-10T23:59:59+08:00',
          address: SINKHOLE.address_string,
          lat: null,
          long: null,
        }),
      ])
      // Nothing that identifies the citizen comes back.
      const text = JSON.stringify(one.body)
      for (const personal of ['约翰', '史', '138', 'john@example.com']) expect(text).not.toContain(personal)
    })

    it('takes a JSON body too, with the attributes as an object and a title of its own', async () => {
      const response = await fetch(`${server.baseUrl}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          ...SINKHOLE,
          'attribute[consent]': undefined,
          attribute: { consent: 'true', title: '人行道大坑无警示', channel: 'mayor-mailbox' },
        }),
      })
      expect(response.status).toBe(200)
      const [{ service_request_id: id }] = (await response.json()) as { service_request_id: string }[]
      const got = await server.db.query<{ letter: { title: string; channelId: string } }>(
        'SELECT letter FROM letter_cases WHERE case_number = $1',
        [id],
      )
      expect(got[0].letter).toMatchObject({ title: '人行道大坑无警示', channelId: 'mayor-mailbox' })
    })

    it('files once per Idempotency-Key when a client sends one', async () => {
      const headers = { 'idempotency-key': 'open311-retry-1' }
      const first = await post(SINKHOLE, headers)
      const again = await post(SINKHOLE, headers)
      expect((again.body as { service_request_id: string }[])[0].service_request_id).toBe(
        (first.body as { service_request_id: string }[])[0].service_request_id,
      )
    })

    it('refuses a missing or wrong api_key with 403', async () => {
      const { api_key: _key, ...withoutKey } = SINKHOLE
      expectOpen311Error(await post(withoutKey), 403, /api_key is required/)
      expectOpen311Error(await post({ ...SINKHOLE, api_key: 'guess' }), 403, /Invalid api_key/)
    })

    it.each([
      ['no description', { description: '' }, /description is required/],
      ['no location', { address_string: '' }, /location is required/],
      ['no name', { first_name: '', last_name: '' }, /first_name or last_name/],
      ['no phone', { phone: '' }, /phone is required/],
      ['a phone that is not a mainland mobile', { phone: '555-0100' }, /mobile/],
      ['no consent', { 'attribute[consent]': 'false' }, /consent/],
      ['a description too short for a letter', { description: '有个坑' }, /at least 20 characters/],
      ['a channel that does not take complaints', { 'attribute[channel]': 'suggestions' }, /does not take/],
      ['an unknown service', { service_code: 'complaint.volcanoes' }, /No service/],
      ['no service code', { service_code: '' }, /service_code is required/],
    ])('answers 400 (or 404) in the standard’s format for %s', async (_name, change, description) => {
      const answer = await post({ ...SINKHOLE, ...change })
      expectOpen311Error(answer, answer.status === 404 ? 404 : 400, description)
      expect(answer.status).not.toBe(500)
    })

    it('answers malformed JSON with 400 in the standard’s format', async () => {
      const response = await fetch(`${server.baseUrl}/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"service_code": ',
      })
      expectOpen311Error({ status: response.status, body: await response.json() }, 400, /not valid JSON/)
    })
  })

  describe('GET requests.json and requests/{id}.json', () => {
    let publicId: string
    let privateId: string
    beforeAll(async () => {
      publicId = (
        (await post({ ...SINKHOLE, service_code: 'help.housing' })).body as { service_request_id: string }[]
      )[0].service_request_id
      privateId = (
        (await post({ ...SINKHOLE, service_code: 'help.housing', 'attribute[is_public]': 'false' })).body as {
          service_request_id: string
        }[]
      )[0].service_request_id
    })

    it('lists public requests only, unless asked by number', async () => {
      const listed = (await get('requests.json?jurisdiction_id=shanghai&service_code=help.housing')).body as {
        service_request_id: string
      }[]
      const ids = listed.map((r) => r.service_request_id)
      expect(ids).toContain(publicId)
      expect(ids).not.toContain(privateId)

      const byNumber = (await get(`requests.json?jurisdiction_id=shanghai&service_request_id=${publicId},${privateId}`))
        .body as { service_request_id: string }[]
      expect(byNumber.map((r) => r.service_request_id).sort()).toEqual([publicId, privateId].sort())
    })

    it('follows the case to closed, with the reply in status_notes and the department responsible', async () => {
      server.clock.advance(30 * DAY)
      const [request] = (await get(`requests/${publicId}.json?jurisdiction_id=shanghai`)).body as Record<
        string,
        unknown
      >[]
      expect(request.status).toBe('closed')
      expect(request.expected_datetime).toBeNull()
      expect(request.agency_responsible).not.toBe('12345市民服务热线网上信箱')
      expect(String(request.status_notes)).toMatch(/^已(答复|办结)：/)
      expect(String(request.status_notes)).toContain(String(request.agency_responsible))
      expect(Date.parse(String(request.updated_datetime))).toBeGreaterThan(
        Date.parse(String(request.requested_datetime)),
      )

      const closed = (await get('requests.json?jurisdiction_id=shanghai&status=closed&service_code=help.housing'))
        .body as { service_request_id: string; status: string }[]
      expect(closed.map((r) => r.service_request_id)).toContain(publicId)
      expect(closed.every((r) => r.status === 'closed')).toBe(true)
      const open = (await get('requests.json?jurisdiction_id=shanghai&status=open&service_code=help.housing')).body as {
        service_request_id: string
      }[]
      expect(open.map((r) => r.service_request_id)).not.toContain(publicId)
    })

    it('lists by time window: nothing filed before the window', async () => {
      const early = (
        await get(
          'requests.json?jurisdiction_id=shanghai&start_date=2020-01-01T00:00:00Z&end_date=2020-02-01T00:00:00Z',
        )
      ).body as unknown[]
      expect(early).toEqual([])
    })

    it.each([
      ['a malformed date', 'start_date=yesterday', 400],
      ['a window that ends before it starts', 'start_date=2026-11-20T00:00:00Z&end_date=2026-11-01T00:00:00Z', 400],
      ['an unknown status', 'status=pending', 400],
    ])('answers %s with 400', async (_name, query, status) => {
      expectOpen311Error(await get(`requests.json?jurisdiction_id=shanghai&${query}`), status)
    })

    it('answers an unknown request with 404, and another city’s case as unknown', async () => {
      expectOpen311Error(await get('requests/SH-20200101-000001.json?jurisdiction_id=shanghai'), 404)
      expectOpen311Error(await get(`requests/${publicId}.json?jurisdiction_id=chengdu`), 404)
    })
  })
})
