import * as v from 'valibot'
import { CITY_IDS, type CityId } from '../../../../config/settings'
import { createTestMockApi, TEST_NOW } from '../../../../test/support/test-api'
import { loadServicesConfig } from '../../../cities/services/load-services-config'
import { creditCodeCheckCharacter } from '../../../shared/personal/credit-code'
import { residentIdCheckCharacter } from '../../../shared/personal/resident-id'
import { createMemoryStorage } from '../../../shared/storage/key-value-storage'
import {
  LOOKUP_RESULT_SCHEMAS,
  type LookupQuery,
  type LookupResult,
  type ServiceId,
} from '../../lookups/lookup-schemas'
import { createMockApi } from '../create-mock-api'
import * as fixtures from '../load-fixtures'
import { createControlledClock } from '../mock-runtime'
import { stableHash } from '../stable-hash'

/** An identity number with a valid check character, from its first 17 characters. */
const resident = (first17: string) => first17 + residentIdCheckCharacter(first17)
const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17)
/** 2026-11-23 10:00 in Beijing (a Monday). */
const beijing = (local: string) => Date.parse(`${local}+08:00`)

const PEOPLE: Record<CityId, string> = {
  shanghai: resident('31010419900307123'),
  chengdu: resident('51010719850612234'),
  yinchuan: resident('64010419950101242'),
}
const NOBODY = resident('31010419900307000')
const ENTERPRISE = creditCode('91310104MA1FL0000')
const INSTITUTION = creditCode('12310000425012345')

function setup() {
  const api = createTestMockApi()
  const lookup = <S extends ServiceId>(city: CityId, service: S, query: LookupQuery<S>) =>
    api.lookups.lookup(city, service, query)
  return { ...api, lookup }
}

const person = (city: CityId) => ({ name: '王小明', residentId: PEOPLE[city] })

test('the same query at the same clock answers the same, from a fresh mock too', async () => {
  const a = setup()
  const b = setup()
  const queries = [
    ['bus-arrival', { lineId: '71', stopId: 'yanan-m-shaanxi' }],
    ['traffic', { areaId: 'yanan-elevated' }],
    ['weather', { districtId: 'xuhui' }],
    ['social-insurance', person('shanghai')],
    ['income-tax', { ...person('shanghai'), year: 2025 }],
    ['housing-fund', person('shanghai')],
    ['vaccination', person('shanghai')],
    ['enterprise-licence', { creditCode: ENTERPRISE }],
    ['service-points', { districtId: 'pudong' }],
  ] as const
  for (const [service, query] of queries) {
    const first = await a.lookup('shanghai', service, query as never)
    expect(await a.lookup('shanghai', service, query as never)).toEqual(first)
    expect(await b.lookup('shanghai', service, query as never)).toEqual(first)
  }
  // The services only one city offers.
  const parking = await a.lookup('chengdu', 'parking', { districtId: 'wuhou' })
  expect(await b.lookup('chengdu', 'parking', { districtId: 'wuhou' })).toEqual(parking)
  const air = await a.lookup('yinchuan', 'air-quality', { districtId: 'xixia' })
  expect(await b.lookup('yinchuan', 'air-quality', { districtId: 'xixia' })).toEqual(air)
})

test('bus arrivals move with the clock', async () => {
  const h = setup()
  const seen = new Set<string>()
  for (let minute = 0; minute < 10; minute += 1) {
    h.clock.set(TEST_NOW + minute * 60_000)
    seen.add(JSON.stringify(await h.lookup('shanghai', 'bus-arrival', { lineId: '20', stopId: 'jingan-temple' })))
  }
  expect(seen.size).toBeGreaterThan(5)
})

test.each(CITY_IDS)('%s: an identity number with sequence code 000 has nothing on record', async (city) => {
  const h = setup()
  const nobody = { name: '李四', residentId: NOBODY }
  expect(await h.lookup(city, 'social-insurance', nobody)).toEqual({ insuredSince: null, status: 'none', months: [] })
  expect(await h.lookup(city, 'income-tax', { ...nobody, year: 2025 })).toEqual({
    year: 2025,
    totalIncome: 0,
    totalTax: 0,
    records: [],
  })
  expect(await h.lookup(city, 'housing-fund', nobody)).toEqual({
    status: 'none',
    balance: 0,
    monthlyDeposit: 0,
    employer: '',
    registeredMobile: null,
    deposits: [],
  })
  expect(await h.lookup(city, 'vaccination', nobody)).toEqual({ doses: [] })
})

const BASES: Record<CityId, [number, number]> = {
  shanghai: [7460, 37302],
  chengdu: [4246, 21228],
  yinchuan: [4237, 21186],
}

test.each(CITY_IDS)(
  '%s: social insurance is the 12 months up to last month, at 10.5% of a base within the limits',
  async (city) => {
    const h = setup()
    for (let n = 100; n < 140; n += 1) {
      const residentId = resident(`${PEOPLE[city].slice(0, 14)}${n}`)
      const result = await h.lookup(city, 'social-insurance', { name: '王小明', residentId })
      expect(result.status).toBe('paying')
      expect(result.insuredSince! <= '2025-01').toBe(true)
      expect(result.months.map((m) => m.month)).toEqual([
        '2026-10',
        '2026-09',
        '2026-08',
        '2026-07',
        '2026-06',
        '2026-05',
        '2026-04',
        '2026-03',
        '2026-02',
        '2026-01',
        '2025-12',
        '2025-11',
      ])
      for (const month of result.months) {
        expect(month.base).toBeGreaterThanOrEqual(BASES[city][0])
        expect(month.base).toBeLessThanOrEqual(BASES[city][1])
        expect(month.personal).toBe(Math.round(month.base * 10.5) / 100)
        expect(month.employer / month.base).toBeGreaterThan(0.23)
        expect(month.employer / month.base).toBeLessThan(0.27)
        expect(month.payer).toMatch(/有限公司$/)
      }
    }
  },
)

test('income tax: every month of a past year, this year up to last month, nothing for next year', async () => {
  const h = setup()
  const query = { ...person('chengdu'), year: 2025 }
  const past = await h.lookup('chengdu', 'income-tax', query)
  const wages = (r: LookupResult<'income-tax'>) => r.records.filter((x) => x.kind.zh === '工资薪金').map((x) => x.month)
  expect(wages(past)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(12 - i).padStart(2, '0')}`))
  const current = await h.lookup('chengdu', 'income-tax', { ...query, year: 2026 })
  expect(wages(current)[0]).toBe('2026-10')
  expect(wages(current)).toHaveLength(10)
  expect(await h.lookup('chengdu', 'income-tax', { ...query, year: 2027 })).toEqual({
    year: 2027,
    totalIncome: 0,
    totalTax: 0,
    records: [],
  })
  // In January nothing is on record for the new year yet.
  h.clock.set(beijing('2026-01-15T09:00:00'))
  expect((await h.lookup('chengdu', 'income-tax', { ...query, year: 2026 })).records).toEqual([])
})

test('income tax: totals are the sums, newest first, wages and labour fees taxed plausibly', async () => {
  const h = setup()
  let labour = 0
  for (let n = 100; n < 160; n += 1) {
    const residentId = resident(`31010419881111${n}`)
    const result = await h.lookup('shanghai', 'income-tax', { name: '赵六', residentId, year: 2025 })
    const months = result.records.map((r) => r.month)
    expect(months).toEqual([...months].sort().reverse())
    expect(result.totalIncome).toBeCloseTo(
      result.records.reduce((s, r) => s + r.income, 0),
      2,
    )
    expect(result.totalTax).toBeCloseTo(
      result.records.reduce((s, r) => s + r.tax, 0),
      2,
    )
    for (const record of result.records) {
      expect(['工资薪金', '劳务报酬']).toContain(record.kind.zh)
      expect(record.tax).toBeGreaterThanOrEqual(0)
      expect(record.tax).toBeLessThan(record.income * 0.45)
      if (record.kind.zh === '劳务报酬') labour += 1
    }
  }
  expect(labour).toBeGreaterThan(5)
})

test('housing fund: 7% + 7% of the base in Shanghai, a full mobile number, the last 6 deposits', async () => {
  const h = setup()
  const insurance = await h.lookup('shanghai', 'social-insurance', person('shanghai'))
  const fund = await h.lookup('shanghai', 'housing-fund', person('shanghai'))
  expect(fund.status).toBe('normal')
  expect(fund.monthlyDeposit).toBe(2 * Math.round(insurance.months[0].base * 0.07))
  expect(fund.employer).toBe(insurance.months[0].payer)
  expect(fund.registeredMobile).toMatch(/^1[358]\d{9}$/)
  expect(fund.balance).toBeGreaterThan(0)
  expect(fund.deposits).toEqual(
    ['2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05'].map((month) => ({
      month,
      amount: fund.monthlyDeposit,
    })),
  )
  for (const city of ['chengdu', 'yinchuan'] as const) {
    const other = await h.lookup(city, 'housing-fund', person(city))
    const base = (await h.lookup(city, 'social-insurance', person(city))).months[0].base
    expect(other.monthlyDeposit / base).toBeGreaterThanOrEqual(0.099)
    expect(other.monthlyDeposit / base).toBeLessThanOrEqual(0.241)
  }
})

test('vaccination: real vaccines from birth to today, newest first, at the city’s clinics', async () => {
  const h = setup()
  for (const city of CITY_IDS) {
    const { doses } = await h.lookup(city, 'vaccination', person(city))
    const birth = PEOPLE[city].slice(6, 14).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')
    expect(doses.length).toBeGreaterThanOrEqual(3)
    const dates = doses.map((d) => d.date)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(dates.every((d) => d >= birth && d <= '2026-11-23')).toBe(true)
    expect(doses.some((d) => d.vaccine.zh.includes('新冠'))).toBe(true)
    for (const dose of doses) {
      expect(dose.vaccine.zh).toMatch(/疫苗/)
      expect(dose.site.zh).toMatch(/(卫生服务中心|卫生院|妇幼保健院)$/)
      expect(dose.dose).toBeGreaterThanOrEqual(1)
    }
  }
})

test('enterprise licence: codes starting with 9 are the city’s enterprises, mostly active; others are not found', async () => {
  const h = setup()
  const statuses: string[] = []
  for (let n = 1000; n < 1200; n += 1) {
    const { enterprise } = await h.lookup('chengdu', 'enterprise-licence', {
      creditCode: creditCode(`91510100MA6C${n}X`),
    })
    expect(enterprise).not.toBeNull()
    expect(enterprise!.name).toMatch(/^(成都|四川).+有限公司$/)
    expect(enterprise!.authority.zh).toMatch(/市场监督管理局$/)
    expect(enterprise!.address).toMatch(/^成都市/)
    expect(enterprise!.registeredCapital).toMatch(/^\d+万元人民币$/)
    statuses.push(enterprise!.status)
  }
  const active = statuses.filter((s) => s === 'active').length
  expect(active).toBeGreaterThan(160)
  expect(statuses).toContain('revoked')
  expect(statuses).toContain('cancelled')
  expect(await h.lookup('shanghai', 'enterprise-licence', { creditCode: INSTITUTION })).toEqual({ enterprise: null })
  const yinchuan = await h.lookup('yinchuan', 'enterprise-licence', { creditCode: ENTERPRISE })
  expect(yinchuan.enterprise?.authority.zh).toMatch(/^.*审批服务管理局$/)
})

test('buses: none from 23:00 to 04:59 Beijing time; otherwise soonest first, heading for the last stop', async () => {
  const h = setup()
  const config = await loadServicesConfig('shanghai')
  const line = config.busLines[0]
  for (const time of ['23:00', '02:30', '04:59']) {
    h.clock.set(beijing(`2026-11-23T${time}:00`))
    for (const stop of line.stops) {
      const result = await h.lookup('shanghai', 'bus-arrival', { lineId: line.id, stopId: stop.id })
      expect(result.arrivals).toEqual([])
      expect(result.towards).toEqual(line.stops.at(-1)!.name)
    }
  }
  let buses = 0
  for (const time of ['05:00', '08:15', '12:40', '22:59']) {
    h.clock.set(beijing(`2026-11-23T${time}:00`))
    for (const [index, stop] of line.stops.entries()) {
      const result = await h.lookup('shanghai', 'bus-arrival', { lineId: line.id, stopId: stop.id })
      expect(result.updatedAt).toBe(new Date(h.clock.now()).toISOString())
      expect(result.arrivals.length).toBeLessThanOrEqual(3)
      const minutes = result.arrivals.map((a) => a.minutes)
      expect(minutes).toEqual([...minutes].sort((a, b) => a - b))
      for (const arrival of result.arrivals) {
        expect(arrival.stopsAway).toBe(Math.min(index, Math.ceil(arrival.minutes / 3)))
        expect(arrival.plate).toMatch(/^沪[BD]·\d{5}$/)
      }
      buses += result.arrivals.length
    }
  }
  expect(buses).toBeGreaterThan(20)
  const chengdu = await h.lookup('chengdu', 'bus-arrival', { lineId: 'k1', stopId: 'niushikou' })
  expect(chengdu.towards.zh).toBe('衣冠庙')
})

test('traffic: rush hours are worse than the night; incidents are from the last two hours, newest first', async () => {
  const h = setup()
  const config = await loadServicesConfig('shanghai')
  const areas = [...config.roads, ...config.districts]
  const levels = async (local: string) => {
    h.clock.set(beijing(local))
    const results = await Promise.all(areas.map((a) => h.lookup('shanghai', 'traffic', { areaId: a.id })))
    for (const result of results) {
      const times = result.incidents.map((i) => Date.parse(i.at))
      expect(times).toEqual([...times].sort((a, b) => b - a))
      for (const time of times) {
        expect(time).toBeLessThanOrEqual(h.clock.now())
        expect(time).toBeGreaterThan(h.clock.now() - 2 * 3_600_000)
      }
      expect(result.incidents.length).toBeLessThanOrEqual(3)
    }
    return results.map((r) => r.level)
  }
  expect(new Set(await levels('2026-11-23T03:00:00'))).toEqual(new Set(['smooth']))
  expect(await levels('2026-11-23T08:30:00')).not.toContain('smooth')
  expect(await levels('2026-11-23T18:00:00')).not.toContain('smooth')
})

test('school enrolment: this year until August, next year from September; steps in that year; rules by stage', async () => {
  const h = setup()
  h.clock.set(beijing('2026-08-31T23:59:00'))
  const august = await h.lookup('shanghai', 'school-enrollment', { districtId: 'xuhui', stage: 'primary' })
  expect(august.year).toBe(2026)
  h.clock.set(beijing('2026-09-01T00:00:00'))
  const september = await h.lookup('shanghai', 'school-enrollment', { districtId: 'xuhui', stage: 'primary' })
  expect(september.year).toBe(2027)
  for (const city of CITY_IDS) {
    const config = await loadServicesConfig(city)
    const districtId = config.districts[0].id
    const primary = await h.lookup(city, 'school-enrollment', { districtId, stage: 'primary' })
    const junior = await h.lookup(city, 'school-enrollment', { districtId, stage: 'junior-high' })
    for (const result of [primary, junior]) {
      expect(result.steps.length).toBeGreaterThanOrEqual(4)
      for (const step of result.steps) {
        expect(step.from.startsWith('2027-')).toBe(true)
        if (step.to) expect(step.to >= step.from).toBe(true)
      }
      const froms = result.steps.map((s) => s.from)
      expect(froms).toEqual([...froms].sort())
      expect(result.rules.length).toBeGreaterThanOrEqual(3)
      expect(result.rules.length).toBeLessThanOrEqual(5)
    }
    expect(primary.rules).not.toEqual(junior.rules)
  }
})

test('weather: now and the three days from tomorrow; Yinchuan colder and drier than Shanghai in January', async () => {
  const h = setup()
  const now = await h.lookup('shanghai', 'weather', { districtId: 'huangpu' })
  expect(now.days.map((d) => d.date)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26'])
  for (const day of now.days) expect(day.high).toBeGreaterThan(day.low)
  h.clock.set(beijing('2027-01-10T14:00:00'))
  const mean = async (city: CityId) => {
    const config = await loadServicesConfig(city)
    const results = await Promise.all(config.districts.map((d) => h.lookup(city, 'weather', { districtId: d.id })))
    const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length
    return {
      high: average(results.flatMap((r) => r.days.map((d) => d.high))),
      humidity: average(results.map((r) => r.now.humidity)),
    }
  }
  const [shanghai, yinchuan] = [await mean('shanghai'), await mean('yinchuan')]
  expect(yinchuan.high).toBeLessThan(shanghai.high - 4)
  expect(yinchuan.humidity).toBeLessThan(shanghai.humidity)
})

test.each([
  ['shanghai', /^021-[56]\d{7}$/],
  ['chengdu', /^028-[68]\d{7}$/],
  ['yinchuan', /^0951-[568]\d{6}$/],
] as const)('%s: service points are 2–4 centres in the district with landline numbers', async (city, phone) => {
  const h = setup()
  for (const district of (await loadServicesConfig(city)).districts) {
    const { points } = await h.lookup(city, 'service-points', { districtId: district.id })
    expect(points.length).toBeGreaterThanOrEqual(2)
    expect(points.length).toBeLessThanOrEqual(4)
    for (const point of points) {
      expect(point.phone).toMatch(phone)
      expect(point.address.zh).toContain(district.name.zh)
      expect(point.name.zh).toMatch(/中心$/)
    }
    expect(points[0].name.zh.startsWith(district.name.zh)).toBe(true)
  }
})

test('garbage sorting: matched in Chinese or English (any case); unknown items have no match', async () => {
  const h = setup()
  const batteries = await h.lookup('shanghai', 'garbage-sorting', { item: '电池' })
  expect(batteries.matches.map((m) => [m.item.zh, m.category])).toEqual([
    ['充电电池', 'hazardous'],
    ['纽扣电池', 'hazardous'],
    ['干电池', 'dry'],
  ])
  const english = await h.lookup('shanghai', 'garbage-sorting', { item: 'DURIAN' })
  expect(english.matches).toEqual([
    expect.objectContaining({ category: 'dry', item: { zh: '榴莲壳', en: 'Durian shell' } }),
  ])
  expect((await h.lookup('shanghai', 'garbage-sorting', { item: ' 苹果核 ' })).matches[0].category).toBe('wet')
  expect((await h.lookup('shanghai', 'garbage-sorting', { item: '报纸' })).matches[0].category).toBe('recyclable')
  expect(await h.lookup('shanghai', 'garbage-sorting', { item: '外星飞船' })).toEqual({ matches: [] })
  expect((await h.lookup('shanghai', 'garbage-sorting', { item: 'e' })).matches.length).toBeLessThanOrEqual(10)
})

test('parking: 3–6 of the district’s car parks; about a third full at the peaks, at least half free at night', async () => {
  const h = setup()
  const { districts } = await loadServicesConfig('chengdu')
  const at = (local: string) => {
    h.clock.set(beijing(local))
    return Promise.all(districts.map((d) => h.lookup('chengdu', 'parking', { districtId: d.id })))
  }
  const fixed = (results: LookupResult<'parking'>[]) =>
    results.map((r) => r.carParks.map(({ name, address, totalSpaces, fee }) => [name, address, totalSpaces, fee]))
  const free = (results: LookupResult<'parking'>[]) => results.flatMap((r) => r.carParks.map((p) => p.freeSpaces))

  const night = await at('2026-11-23T03:00:00')
  for (const [i, { carParks, updatedAt }] of night.entries()) {
    expect(updatedAt).toBe(new Date(h.clock.now()).toISOString())
    expect(carParks.length).toBeGreaterThanOrEqual(3)
    expect(carParks.length).toBeLessThanOrEqual(6)
    for (const park of carParks) {
      expect(park.name.zh).toMatch(/停车场$/)
      expect(park.name.en).toMatch(/ Car Park$/)
      expect(park.address.zh.startsWith(`成都市${districts[i].name.zh}`)).toBe(true)
      expect(park.fee.zh).toMatch(/^首小时\d+元，之后每小时\d+元$/)
      expect(park.fee.en).toMatch(/^¥\d+ first hour, then ¥\d+ an hour$/)
      expect(park.freeSpaces * 2).toBeGreaterThanOrEqual(park.totalSpaces)
    }
  }
  for (const time of ['09:00', '10:00', '11:59', '14:00', '15:30', '17:59']) {
    const peak = await at(`2026-11-23T${time}:00`)
    // The same car parks all day: only their free spaces change.
    expect(fixed(peak)).toEqual(fixed(night))
    const parks = peak.flatMap((r) => r.carParks)
    const full = parks.filter((p) => p.freeSpaces === 0).length
    expect(full).toBeGreaterThan(parks.length / 6)
    expect(full).toBeLessThan(parks.length / 2)
    for (const park of parks) expect(park.freeSpaces).toBeLessThanOrEqual(Math.ceil(park.totalSpaces * 0.15))
  }
  for (const time of ['07:00', '12:30', '18:00', '22:00']) {
    const parks = (await at(`2026-11-23T${time}:00`)).flatMap((r) => r.carParks)
    expect(parks.filter((p) => p.freeSpaces === 0)).toEqual([])
  }
  // Free spaces hold within an hour and change from one hour to the next.
  expect(free(await at('2026-11-23T08:59:00'))).toEqual(free(await at('2026-11-23T08:00:00')))
  expect(free(await at('2026-11-23T13:00:00'))).not.toEqual(free(await at('2026-11-23T12:00:00')))
  // The service centre's car park is at the centre's address.
  const [centre] = (await h.lookup('chengdu', 'service-points', { districtId: 'wuhou' })).points
  const [first] = (await h.lookup('chengdu', 'parking', { districtId: 'wuhou' })).carParks
  expect(first.address).toEqual(centre.address)
  expect(first.name.zh).toBe('武侯区政务服务中心停车场')
})

/** IAQI of the particles (HJ 633-2012), 24-hour breakpoints. */
function particleIndex(id: 'pm25' | 'pm10', value: number) {
  const bp = { pm25: [0, 35, 75, 115, 150, 250, 350, 500], pm10: [0, 50, 150, 250, 350, 420, 500, 600] }[id]
  const aqi = [0, 50, 100, 150, 200, 300, 400, 500]
  const i = bp.findIndex((b, k) => k > 0 && value <= b)
  return i < 0 ? 500 : Math.ceil(aqi[i - 1] + ((aqi[i] - aqi[i - 1]) * (value - bp[i - 1])) / (bp[i] - bp[i - 1]))
}

test('air quality: the AQI of this hour and the 5 before it, newest first; a primary pollutant over 50 only', async () => {
  const h = setup()
  const { districts } = await loadServicesConfig('yinchuan')
  const bands = new Set<string>()
  for (const local of ['2026-11-23T10:00:00', '2027-01-12T08:20:00', '2027-07-15T15:45:00', '2027-08-01T04:10:00']) {
    h.clock.set(beijing(local))
    const hour = Math.floor(h.clock.now() / 3_600_000) * 3_600_000
    for (const district of districts) {
      const result = await h.lookup('yinchuan', 'air-quality', { districtId: district.id })
      expect(result.updatedAt).toBe(new Date(h.clock.now()).toISOString())
      expect(result.pollutants.map((p) => p.id)).toEqual(['pm25', 'pm10', 'o3', 'no2', 'so2', 'co'])
      for (const { id, value } of result.pollutants) {
        expect(value).toBeGreaterThan(0)
        expect(Number.isInteger(id === 'co' ? Math.round(value * 10) : value)).toBe(true)
        if (id === 'pm25' || id === 'pm10') expect(particleIndex(id, value)).toBeLessThanOrEqual(result.aqi)
      }
      expect(result.primaryPollutant === null).toBe(result.aqi <= 50)
      const primary = result.pollutants.find((p) => p.id === result.primaryPollutant)
      if (primary?.id === 'pm25' || primary?.id === 'pm10') {
        expect(particleIndex(primary.id, primary.value)).toBe(result.aqi)
      }
      expect(result.hourly.map((x) => x.at)).toEqual(
        [0, 1, 2, 3, 4, 5].map((n) => new Date(hour - n * 3_600_000).toISOString()),
      )
      expect(result.hourly[0].aqi).toBe(result.aqi)
      if (result.aqi <= 50) expect(result.advice.zh).toContain('各类人群可正常活动')
      bands.add(result.primaryPollutant ?? 'none')
    }
  }
  // Winter's heating, summer's ozone, clean summer nights.
  expect(bands).toEqual(new Set(['pm25', 'pm10', 'o3', 'none']))
  // An hour later, this hour is the one before.
  h.clock.set(beijing('2026-11-23T10:30:00'))
  const before = await h.lookup('yinchuan', 'air-quality', { districtId: 'jinfeng' })
  h.clock.set(beijing('2026-11-23T11:05:00'))
  const after = await h.lookup('yinchuan', 'air-quality', { districtId: 'jinfeng' })
  expect(after.hourly.slice(1)).toEqual(before.hourly.slice(0, 5))
})

test('air quality: Yinchuan’s spring dust days, in every district at once: PM10 primary, AQI over 150', async () => {
  const h = setup()
  const { districts } = await loadServicesConfig('yinchuan')
  const dustDays: string[] = []
  for (let day = 0; day < 365; day += 1) {
    const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10)
    h.clock.set(beijing(`${date}T14:00:00`))
    const results = await Promise.all(districts.map((d) => h.lookup('yinchuan', 'air-quality', { districtId: d.id })))
    const dusty = results.map((r) => r.advice.zh.startsWith('沙尘天气'))
    expect(new Set(dusty).size).toBe(1)
    for (const result of results) {
      const pm10 = result.pollutants.find((p) => p.id === 'pm10')!.value
      if (dusty[0]) {
        expect([result.primaryPollutant, result.aqi > 150, pm10 > 250]).toEqual(['pm10', true, true])
      } else {
        expect(pm10).toBeLessThan(250)
      }
    }
    if (dusty[0]) dustDays.push(date)
  }
  // About one day in four from March to May, and never outside spring.
  expect(dustDays.length).toBeGreaterThan(12)
  expect(dustDays.length).toBeLessThan(36)
  for (const date of dustDays) expect(['03', '04', '05']).toContain(date.slice(5, 7))
})

test('ids the city does not have, and a service it does not offer, are not-found', async () => {
  const h = setup()
  const notFound = { kind: 'not-found', status: 404 }
  await expect(h.lookup('shanghai', 'bus-arrival', { lineId: '999', stopId: 'laoximen' })).rejects.toMatchObject(
    notFound,
  )
  // A stop of another line.
  await expect(h.lookup('shanghai', 'bus-arrival', { lineId: '71', stopId: 'laoximen' })).rejects.toMatchObject(
    notFound,
  )
  await expect(h.lookup('shanghai', 'traffic', { areaId: 'no-such-road' })).rejects.toMatchObject(notFound)
  // Chengdu's district is not Shanghai's.
  await expect(h.lookup('shanghai', 'weather', { districtId: 'wuhou' })).rejects.toMatchObject(notFound)
  await expect(
    h.lookup('yinchuan', 'school-enrollment', { districtId: 'xuhui', stage: 'primary' }),
  ).rejects.toMatchObject(notFound)
  await expect(h.lookup('chengdu', 'service-points', { districtId: 'pudong' })).rejects.toMatchObject(notFound)
  await expect(h.lookup('chengdu', 'garbage-sorting', { item: '电池' })).rejects.toMatchObject(notFound)
  await expect(h.lookup('chengdu', 'parking', { districtId: 'xingqing' })).rejects.toMatchObject(notFound)
  await expect(h.lookup('yinchuan', 'air-quality', { districtId: 'wuhou' })).rejects.toMatchObject(notFound)
  // Each is one city's only.
  await expect(h.lookup('shanghai', 'parking', { districtId: 'xuhui' })).rejects.toMatchObject(notFound)
  await expect(h.lookup('yinchuan', 'parking', { districtId: 'xingqing' })).rejects.toMatchObject(notFound)
  await expect(h.lookup('chengdu', 'air-quality', { districtId: 'wuhou' })).rejects.toMatchObject(notFound)
  await expect(h.lookup('shanghai', 'air-quality', { districtId: 'xuhui' })).rejects.toMatchObject(notFound)
})

test('a query that breaks its schema is refused with 422, without repeating what was sent', async () => {
  const h = setup()
  const good = PEOPLE.shanghai
  let withX = ''
  for (let n = 100; !withX; n += 1) {
    const id = resident(`31010419900307${n}`)
    if (id.endsWith('X')) withX = id
  }
  const badDigit = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`
  const refused: [ServiceId, unknown][] = [
    ['social-insurance', { name: '王小明', residentId: badDigit }],
    ['housing-fund', { name: '王小明', residentId: withX.toLowerCase() }],
    ['vaccination', { name: '王小明', residentId: good.slice(0, 17) }],
    ['vaccination', { name: '王', residentId: good }],
    ['income-tax', { name: '王小明', residentId: good, year: 2018 }],
    ['enterprise-licence', { creditCode: `${ENTERPRISE.slice(0, 17)}${ENTERPRISE[17] === '0' ? '1' : '0'}` }],
    ['enterprise-licence', { creditCode: ENTERPRISE.toLowerCase() }],
    ['school-enrollment', { districtId: 'xuhui', stage: 'senior-high' }],
    ['garbage-sorting', { item: '   ' }],
    ['bus-arrival', { lineId: '71' }],
    ['parking', { districtId: '' }],
    ['air-quality', { district: 'xingqing' }],
  ]
  for (const [service, query] of refused) {
    const error = await h.lookups.lookup('shanghai', service, query as never).catch((e: Error) => e)
    expect(error).toMatchObject({ kind: 'server', status: 422 })
    expect((error as Error).message).not.toMatch(/王|3101|9131/i)
  }
  // The upper-case X the form normalises to is accepted.
  await expect(h.lookup('shanghai', 'housing-fund', { name: '王小明', residentId: withX })).resolves.toBeDefined()
})

test('every answer matches the contract; nothing is stored or logged', async () => {
  const storage = createMemoryStorage()
  const api = createMockApi({
    fixtures,
    clock: createControlledClock(TEST_NOW),
    latency: { min: 0, max: 0 },
    storage,
  })
  const logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => jest.spyOn(console, m))
  const results: [ServiceId, unknown][] = []
  for (const service of ['social-insurance', 'housing-fund', 'vaccination'] as const) {
    results.push([service, await api.lookups.lookup('yinchuan', service, person('yinchuan'))])
  }
  results.push(['air-quality', await api.lookups.lookup('yinchuan', 'air-quality', { districtId: 'helan' })])
  results.push(['parking', await api.lookups.lookup('chengdu', 'parking', { districtId: 'pidu' })])
  results.push([
    'income-tax',
    await api.lookups.lookup('yinchuan', 'income-tax', { ...person('yinchuan'), year: 2026 }),
  ])
  for (const [service, result] of results) {
    expect(v.safeParse(LOOKUP_RESULT_SCHEMAS[service], result).success).toBe(true)
    expect(JSON.stringify(result)).not.toContain(PEOPLE.yinchuan)
  }
  expect(storage.keys()).toEqual([])
  for (const spy of logs) expect(spy).not.toHaveBeenCalled()
})

test('an injected fault fails one look-up; the next one answers', async () => {
  const h = setup()
  h.runtime.faults.fail('network', 1)
  await expect(h.lookup('shanghai', 'weather', { districtId: 'xuhui' })).rejects.toMatchObject({ kind: 'network' })
  await expect(h.lookup('shanghai', 'weather', { districtId: 'xuhui' })).resolves.toMatchObject({
    days: expect.any(Array),
  })
})

test('stableHash is FNV-1a', () => {
  expect(stableHash('')).toBe(0x811c9dc5)
  expect(stableHash('a')).toBe(0xe40c292c)
})
