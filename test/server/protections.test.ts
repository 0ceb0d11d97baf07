/**
 * What keeps the reference server safe to put in front of a city: CORS only for the configured origins,
 * rate limiting, personal data kept out of the logs, and SQL that takes words as data.
 */
import { PassThrough } from 'node:stream'
import { redact } from '../../server/src/redact'
import { SAMPLE_LETTER } from '../support/sample-letter'
import { startReferenceServer, type ReferenceServer } from '../support/reference-server'

const ALLOWED = 'http://127.0.0.1:10086'
const ID_NUMBER = '31010419800101123X'
const MOBILE = '13812345678'

describe('redact', () => {
  it.each([
    [`身份证 ${ID_NUMBER} 请核实`, '身份证 [id] 请核实'],
    [`电话 ${MOBILE}，或 +86 138-1234-5678`, '电话 [mobile]，或 [mobile]'],
    [`/search?q=${encodeURIComponent(`王 ${MOBILE}`)}`, '/search?q=王 [mobile]'],
    ['SH-20261123-000123 and 2026-11-23', 'SH-20261123-000123 and 2026-11-23'],
  ])('masks %s', (text, masked) => {
    expect(redact(text)).toBe(masked)
  })
})

// Inside a describe, so the servers close before the file's shared database does (test/server/setup.ts).
describe('the server in front of the city', () => {
  let server: ReferenceServer
  const logs: string[] = []
  beforeAll(async () => {
    const logStream = new PassThrough()
    logStream.on('data', (chunk: Buffer) => logs.push(chunk.toString()))
    server = await startReferenceServer({ logLevel: 'info' }, { logStream })
  })
  afterAll(() => server.close())

  it('lets the configured origin call from a browser, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.baseUrl}/cities/shanghai/letters`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      })
    const allowed = await preflight(ALLOWED)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED)
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key')

    const stranger = await preflight('https://evil.example')
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull()
    const read = await fetch(`${server.baseUrl}/cities/shanghai/notices`, {
      headers: { origin: 'https://evil.example' },
    })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('keeps identity numbers and phone numbers out of the logs, wherever they were sent', async () => {
    const letter = {
      ...SAMPLE_LETTER,
      description: `${SAMPLE_LETTER.description}身份证号 ${ID_NUMBER}，电话 ${MOBILE}。`,
    }
    const filed = await fetch(`${server.baseUrl}/cities/shanghai/letters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'protections-1' },
      body: JSON.stringify(letter),
    })
    expect(filed.status).toBe(200)
    await fetch(`${server.baseUrl}/cities/shanghai/search?q=${encodeURIComponent(`${ID_NUMBER} ${MOBILE}`)}`)
    await fetch(`${server.baseUrl}/cities/shanghai/letters/${ID_NUMBER}`)
    await fetch(`${server.baseUrl}/cities/shanghai/lookups/social-insurance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '王芳', idNumber: ID_NUMBER }),
    })
    const written = logs.join('')
    // The requests were logged, and none of it shows the numbers.
    expect(written).toContain('/cities/shanghai/search')
    expect(written).toContain('[id]')
    expect(written).not.toContain(ID_NUMBER)
    expect(written).not.toContain(MOBILE)
    expect(written).not.toContain('王芳')
  })

  it('takes quotes and SQL in words as words', async () => {
    const attack = "x' OR '1'='1'; DROP TABLE letter_cases; --"
    const search = await fetch(`${server.baseUrl}/cities/shanghai/public-replies?q=${encodeURIComponent(attack)}`)
    expect(search.status).toBe(200)
    expect(((await search.json()) as { items: unknown[] }).items).toEqual([])
    const lookup = await fetch(`${server.baseUrl}/cities/shanghai/letters/${encodeURIComponent(attack)}`)
    expect(lookup.status).toBe(404)
    const [{ count }] = await server.db.query<{ count: string }>('SELECT count(*) FROM letter_cases')
    expect(Number(count)).toBeGreaterThan(0)
  })

  describe('rate limiting', () => {
    let limited: ReferenceServer
    beforeAll(async () => {
      limited = await startReferenceServer({ rateLimitPerMinute: 5 })
    })
    afterAll(() => limited.close())

    it('answers 429 past the limit, in the contract’s shape and in Open311’s', async () => {
      const statuses: number[] = []
      for (let i = 0; i < 5; i += 1) statuses.push((await fetch(`${limited.baseUrl}/cities/shanghai/notices`)).status)
      expect(statuses).toEqual([200, 200, 200, 200, 200])
      const refused = await fetch(`${limited.baseUrl}/cities/shanghai/notices`)
      expect(refused.status).toBe(429)
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(await refused.json()).toEqual({
        error: { code: 'rate_limited', message: expect.stringContaining('at most 5') },
      })
      const open311 = await fetch(`${limited.baseUrl}/open311/v2/services.json?jurisdiction_id=shanghai`)
      expect(open311.status).toBe(429)
      expect(await open311.json()).toEqual([{ code: 429, description: expect.stringContaining('at most 5') }])
    })
  })
})
