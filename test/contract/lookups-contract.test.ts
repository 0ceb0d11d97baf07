/**
 * @jest-environment node
 *
 * Look-up behaviour, run against both adapters: the mock, and the HTTP adapter talking to a real local
 * server that serves the mock over the HTTP contract (POST /cities/{city}/lookups/{service}).
 */
import * as v from 'valibot'
import { CITY_IDS, type CityId } from '../../config/settings'
import { getCityConfig } from '../../src/cities/city-registry'
import { loadServicesConfig } from '../../src/cities/services/load-services-config'
import { isServiceError } from '../../src/services/errors'
import { createHttpApi } from '../../src/services/http/create-http-api'
import {
  LOOKUP_RESULT_SCHEMAS,
  type LookupQuery,
  type LookupResult,
  type ServiceId,
} from '../../src/services/lookups/lookup-schemas'
import { creditCodeCheckCharacter } from '../../src/shared/personal/credit-code'
import { residentIdCheckCharacter } from '../../src/shared/personal/resident-id'
import { sendJson, startLocalServer } from '../support/local-server'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'

const resident = (first17: string) => first17 + residentIdCheckCharacter(first17)
const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17)
const someone = { name: '张三', residentId: resident('31011519880214251') }
const nobody = { name: '李四', residentId: resident('51010719920808000') }
const ENTERPRISE = creditCode('91310115MA1K4TQ2X')
const ASSOCIATION = creditCode('51310000MJ4893712')

/** A query each service answers in this city, from the city's own places. */
async function validQuery(city: CityId, service: ServiceId): Promise<unknown> {
  const config = await loadServicesConfig(city)
  const line = config.busLines[0]
  const districtId = config.districts[0].id
  const queries: { [S in ServiceId]: LookupQuery<S> } = {
    'bus-arrival': { lineId: line.id, stopId: line.stops[1].id },
    traffic: { areaId: config.roads[0].id },
    'school-enrollment': { districtId, stage: 'junior-high' },
    weather: { districtId },
    'social-insurance': someone,
    'income-tax': { ...someone, year: 2025 },
    'housing-fund': someone,
    vaccination: someone,
    'enterprise-licence': { creditCode: ENTERPRISE },
    'service-points': { districtId },
    'garbage-sorting': { item: '电池' },
    parking: { districtId },
    'air-quality': { districtId },
  }
  return queries[service]
}

describe.each(CONTRACT_ADAPTERS)('Look-ups contract (%s)', (_name, start) => {
  let h: Harness
  const lookup = <S extends ServiceId>(city: CityId, service: S, query: unknown): Promise<LookupResult<S>> =>
    h.api.lookups.lookup(city, service, query as LookupQuery<S>)
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test('every service answers a result that matches the contract, in every city that offers it', async () => {
    for (const city of CITY_IDS) {
      for (const service of getCityConfig(city).services) {
        const result = await lookup(city, service, await validQuery(city, service))
        const parsed = v.safeParse(LOOKUP_RESULT_SCHEMAS[service], result)
        expect([city, service, parsed.success]).toEqual([city, service, true])
      }
    }
  })

  test('the same query at the same clock answers the same', async () => {
    for (const city of CITY_IDS) {
      for (const service of getCityConfig(city).services) {
        const query = await validQuery(city, service)
        expect(await lookup(city, service, query)).toEqual(await lookup(city, service, query))
      }
    }
  })

  test('car parks fill up at the peak and empty at night; clean air names no primary pollutant', async () => {
    const { districts } = await loadServicesConfig('chengdu')
    const carParks = async (local: string) => {
      h.clock.set(Date.parse(`${local}+08:00`))
      const results = await Promise.all(districts.map((d) => lookup('chengdu', 'parking', { districtId: d.id })))
      return results.flatMap((r) => r.carParks)
    }
    expect((await carParks('2026-11-23T10:00:00')).some((p) => p.freeSpaces === 0)).toBe(true)
    for (const park of await carParks('2026-11-23T03:00:00')) {
      expect(park.freeSpaces * 2).toBeGreaterThanOrEqual(park.totalSpaces)
    }
    let clean: LookupResult<'air-quality'> | undefined
    for (let hour = 0; !clean && hour < 24; hour += 1) {
      h.clock.set(Date.parse(`2027-08-01T${String(hour).padStart(2, '0')}:00:00+08:00`))
      const air = await lookup('yinchuan', 'air-quality', { districtId: 'xingqing' })
      if (air.aqi <= 50) clean = air
    }
    expect(clean?.primaryPollutant).toBeNull()
    expect(clean?.hourly).toHaveLength(6)
  })

  test('someone with nothing on record gets empty results, not errors', async () => {
    expect(await lookup('chengdu', 'social-insurance', nobody)).toEqual({
      insuredSince: null,
      status: 'none',
      months: [],
    })
    expect(await lookup('chengdu', 'income-tax', { ...nobody, year: 2026 })).toEqual({
      year: 2026,
      totalIncome: 0,
      totalTax: 0,
      records: [],
    })
    expect(await lookup('chengdu', 'housing-fund', nobody)).toMatchObject({
      status: 'none',
      registeredMobile: null,
      deposits: [],
    })
    expect(await lookup('chengdu', 'vaccination', nobody)).toEqual({ doses: [] })
    expect(await lookup('yinchuan', 'enterprise-licence', { creditCode: ASSOCIATION })).toEqual({ enterprise: null })
    expect(await lookup('shanghai', 'garbage-sorting', { item: '不存在的东西' })).toEqual({ matches: [] })
  })

  test('someone on record has their records', async () => {
    const insurance = await lookup('shanghai', 'social-insurance', someone)
    expect(insurance.months).toHaveLength(12)
    expect(insurance.months[0].month).toBe('2026-10')
    const fund = await lookup('shanghai', 'housing-fund', someone)
    expect(fund.registeredMobile).toMatch(/^1[358]\d{9}$/)
    const enterprise = await lookup('shanghai', 'enterprise-licence', { creditCode: ENTERPRISE })
    expect(enterprise.enterprise?.name).toMatch(/^上海.+有限公司$/)
  })

  test('buses stop running at night', async () => {
    h.clock.set(Date.parse('2026-11-23T23:30:00+08:00'))
    const result = await lookup('yinchuan', 'bus-arrival', { lineId: '1', stopId: 'drum-tower' })
    expect(result).toEqual({
      towards: { zh: '南门广场', en: 'Nanmen Square' },
      arrivals: [],
      updatedAt: '2026-11-23T15:30:00.000Z',
    })
  })

  test('a line, stop, district or road the city does not have is not-found; so is a service it does not offer', async () => {
    const missing: [CityId, ServiceId, unknown][] = [
      ['shanghai', 'bus-arrival', { lineId: 'no-such-line', stopId: 'laoximen' }],
      ['shanghai', 'bus-arrival', { lineId: '911', stopId: 'no-such-stop' }],
      ['chengdu', 'traffic', { areaId: 'yanan-elevated' }],
      ['yinchuan', 'weather', { districtId: 'pudong' }],
      ['chengdu', 'school-enrollment', { districtId: 'xingqing', stage: 'primary' }],
      ['shanghai', 'service-points', { districtId: 'wuhou' }],
      ['yinchuan', 'garbage-sorting', { item: '电池' }],
      ['chengdu', 'parking', { districtId: 'xingqing' }],
      ['shanghai', 'parking', { districtId: 'xuhui' }],
      ['yinchuan', 'air-quality', { districtId: 'wuhou' }],
      ['chengdu', 'air-quality', { districtId: 'wuhou' }],
    ]
    for (const [city, service, query] of missing) {
      await expect(lookup(city, service, query)).rejects.toMatchObject({ kind: 'not-found', status: 404 })
    }
  })

  test('a query that breaks its schema is refused with 422', async () => {
    let lowercaseX = ''
    for (let n = 100; !lowercaseX; n += 1) {
      const id = resident(`31011519880214${n}`)
      if (id.endsWith('X')) lowercaseX = id.toLowerCase()
    }
    const wrongCheck = `${someone.residentId.slice(0, 17)}${someone.residentId[17] === '1' ? '2' : '1'}`
    const refused: [ServiceId, unknown][] = [
      ['social-insurance', { ...someone, residentId: wrongCheck }],
      ['vaccination', { ...someone, residentId: lowercaseX }],
      ['enterprise-licence', { creditCode: `${ENTERPRISE.slice(0, 17)}${ENTERPRISE[17] === 'A' ? 'B' : 'A'}` }],
      ['income-tax', { ...someone, year: 1999 }],
      ['school-enrollment', { districtId: 'xuhui', stage: 'kindergarten' }],
      ['bus-arrival', {}],
    ]
    for (const [service, query] of refused) {
      await expect(lookup('shanghai', service, query)).rejects.toMatchObject({ kind: 'server', status: 422 })
    }
  })

  test('an injected fault surfaces as a ServiceError; the next look-up answers', async () => {
    h.faults.fail('network', 1)
    const error = await lookup('shanghai', 'weather', { districtId: 'xuhui' }).catch((e: unknown) => e)
    expect(isServiceError(error)).toBe(true)
    await expect(lookup('shanghai', 'weather', { districtId: 'xuhui' })).resolves.toMatchObject({
      days: expect.any(Array),
    })
  })
})

describe('look-ups over HTTP, seen from the server', () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>
  let answer: (res: Parameters<typeof sendJson>[0]) => void
  const received: { method?: string; url?: string; type?: string; key?: string | string[]; body: string }[] = []
  beforeAll(async () => {
    server = await startLocalServer((req, res, body) => {
      const { 'content-type': type, 'idempotency-key': key } = req.headers
      received.push({ method: req.method, url: req.url, type, key, body })
      answer(res)
    })
  })
  afterAll(() => server.close())
  beforeEach(() => {
    received.length = 0
  })
  const api = () => createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 500, retries: 2 })

  test('the query travels as a JSON body, never in the URL, and is sent once without an idempotency key', async () => {
    answer = (res) => sendJson(res, 200, { doses: [] })
    await api().lookups.lookup('shanghai', 'vaccination', someone)
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({ method: 'POST', url: '/cities/shanghai/lookups/vaccination' })
    expect(received[0].type).toMatch(/^application\/json/)
    expect(received[0].key).toBeUndefined()
    expect(JSON.parse(received[0].body)).toEqual(someone)
  })

  test('an answer that does not match the contract is an invalid response', async () => {
    answer = (res) => sendJson(res, 200, { towards: '外滩', arrivals: 'soon' })
    await expect(
      api().lookups.lookup('shanghai', 'bus-arrival', { lineId: '71', stopId: 'yanan-e-bund' }),
    ).rejects.toMatchObject({ kind: 'invalid-response' })
  })

  test('a server error is not retried (a POST)', async () => {
    answer = (res) => sendJson(res, 503, { error: { code: 'busy', message: 'Try later' } })
    await expect(api().lookups.lookup('shanghai', 'weather', { districtId: 'xuhui' })).rejects.toMatchObject({
      kind: 'server',
      status: 503,
    })
    expect(received).toHaveLength(1)
  })
})
