import { CITY_IDS } from '../../../config/settings'
import { SERVICE_IDS } from '../../services/lookups/lookup-schemas'
import type { Place } from '../city-config'
import { getCityConfig } from '../city-registry'
import { loadServicesConfig } from '../services/load-services-config'

const HOTLINES = {
  'social-insurance': '12333',
  'housing-fund': '12329',
  'income-tax': '12366',
  vaccination: '12320',
  'enterprise-licence': '12315',
  weather: '12121',
  'bus-arrival': '12328',
  traffic: '12328',
  parking: '12328',
  'air-quality': '12369',
} as const

const unique = (places: Place[]) => new Set(places.map((p) => p.id)).size === places.length
const named = (place: Place) => /\p{Script=Han}/u.test(place.name.zh) && /^[A-Z0-9]/.test(place.name.en)

describe.each(CITY_IDS)('%s services configuration', (id) => {
  test('has a department and hotline for every service the city offers, and for no other', async () => {
    const city = getCityConfig(id)
    const config = await loadServicesConfig(id)
    expect(Object.keys(config.contacts).sort()).toEqual([...city.services].sort())
    for (const service of city.services) {
      const contact = config.contacts[service]
      expect(contact?.department.zh).toMatch(/\p{Script=Han}/u)
      expect(contact?.department.en).toMatch(/^[A-Z]/)
      expect(contact?.hotline).toBe(HOTLINES[service as keyof typeof HOTLINES] ?? '12345')
      expect(SERVICE_IDS).toContain(service)
    }
  })

  test('districts, roads and bus lines have unique lowercase ids and names in both languages', async () => {
    const config = await loadServicesConfig(id)
    for (const list of [config.districts, config.roads, config.busLines]) {
      expect(unique(list)).toBe(true)
      for (const place of list) {
        expect(place.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(named(place)).toBe(true)
      }
    }
    // Traffic asks by one id for a district or a road.
    expect(unique([...config.districts, ...config.roads])).toBe(true)
    expect(config.roads.length).toBeGreaterThanOrEqual(6)
    expect(config.roads.length).toBeLessThanOrEqual(8)
  })

  test('every bus line has at least two stops, with ids unique within the line', async () => {
    const config = await loadServicesConfig(id)
    expect(config.busLines.length).toBeGreaterThanOrEqual(4)
    for (const line of config.busLines) {
      expect(line.stops.length).toBeGreaterThanOrEqual(2)
      expect(unique(line.stops)).toBe(true)
      for (const stop of line.stops) expect(named(stop)).toBe(true)
    }
  })
})

test('each city has its own districts: Shanghai 16, Chengdu 20, Yinchuan 6', async () => {
  const [shanghai, chengdu, yinchuan] = await Promise.all(CITY_IDS.map((id) => loadServicesConfig(id)))
  expect(shanghai.districts).toHaveLength(16)
  expect(chengdu.districts).toHaveLength(20)
  expect(yinchuan.districts).toHaveLength(6)
  expect(shanghai.districts.map((d) => d.id)).toEqual(expect.arrayContaining(['xuhui', 'pudong', 'chongming']))
  expect(chengdu.districts.map((d) => d.name.zh)).toEqual(expect.arrayContaining(['武侯区', '简阳市', '蒲江县']))
  expect(yinchuan.districts.map((d) => d.name.zh)).toEqual(
    expect.arrayContaining(['兴庆区', '金凤区', '西夏区', '永宁县', '贺兰县', '灵武市']),
  )
})

test('only Shanghai offers garbage sorting', async () => {
  expect(getCityConfig('shanghai').services).toContain('garbage-sorting')
  expect((await loadServicesConfig('shanghai')).contacts['garbage-sorting']?.department.zh).toBe(
    '上海市绿化和市容管理局',
  )
  expect(getCityConfig('chengdu').services).not.toContain('garbage-sorting')
  expect(getCityConfig('yinchuan').services).not.toContain('garbage-sorting')
})

test('only Chengdu offers car park spaces, and only Yinchuan air quality', async () => {
  expect(getCityConfig('chengdu').services).toContain('parking')
  expect((await loadServicesConfig('chengdu')).contacts.parking?.department.zh).toBe('成都市交通运输局')
  expect(getCityConfig('shanghai').services).not.toContain('parking')
  expect(getCityConfig('yinchuan').services).not.toContain('parking')
  expect(getCityConfig('yinchuan').services).toContain('air-quality')
  expect((await loadServicesConfig('yinchuan')).contacts['air-quality']).toEqual({
    department: { zh: '银川市生态环境局', en: 'Yinchuan Municipal Ecology and Environment Bureau' },
    hotline: '12369',
  })
  expect(getCityConfig('shanghai').services).not.toContain('air-quality')
  expect(getCityConfig('chengdu').services).not.toContain('air-quality')
})
