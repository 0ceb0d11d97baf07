import { CITY_IDS } from '../../../../config/settings'
import { getCityConfig } from '../../../cities/city-registry'
import { SERVICE_IDS, type ServiceId } from '../../../services/lookups/lookup-schemas'
import { CATALOGUE, SERVICE_THEMES, searchCatalogue } from '../catalogue'
import { DECLARATIONS } from '../declarations/registry'
import { servicesEn, servicesZh } from '../services-messages'

const shanghai = getCityConfig('shanghai').services
const chengdu = getCityConfig('chengdu').services
const yinchuan = getCityConfig('yinchuan').services
/** The services only one city offers; every city offers all the others. */
const CITY_ONLY = { 'garbage-sorting': 'shanghai', parking: 'chengdu', 'air-quality': 'yinchuan' } as const

describe('the catalogue search', () => {
  test('finds a service by its Chinese name, by a word citizens use for it, and in English', () => {
    expect(searchCatalogue(shanghai, '公积金')).toEqual(['housing-fund'])
    expect(searchCatalogue(shanghai, '社保')).toEqual(['social-insurance'])
    expect(searchCatalogue(shanghai, '医保')).toEqual(['social-insurance'])
    // "Bus arrivals" starts with it, so it comes before "Business licence status", which contains it.
    expect(searchCatalogue(shanghai, 'BUS')).toEqual(['bus-arrival', 'enterprise-licence'])
    expect(searchCatalogue(shanghai, '  Tax ')).toEqual(['income-tax'])
  })

  test('names that start with the words come before names and keywords that merely contain them', () => {
    // 天气预报 starts with 天气; nothing else does, and 空气质量 (a weather keyword) does not match 天气.
    expect(searchCatalogue(shanghai, '天气')).toEqual(['weather'])
    // "record" is inside three English names; none starts with it, so catalogue order holds.
    expect(searchCatalogue(shanghai, 'record')).toEqual(['social-insurance', 'income-tax', 'vaccination'])
    // 查询 is inside names (营业执照查询, 路况查询 …): a name match ranks before a keyword-only match.
    expect(searchCatalogue(shanghai, '垃圾')).toEqual(['garbage-sorting'])
    // 空气质量 starts with it; the weather forecast only has it among its keywords.
    expect(searchCatalogue(yinchuan, '空气')).toEqual(['air-quality', 'weather'])
  })

  test('the city-only services are found by the words citizens use for them', () => {
    for (const words of ['停车', '车位', '停车场', 'PARKING', 'car park']) {
      expect(searchCatalogue(chengdu, words)).toEqual(['parking'])
    }
    for (const words of ['沙尘', '雾霾', 'pm2.5', 'PM10', 'AQI'])
      expect(searchCatalogue(yinchuan, words)).toEqual(['air-quality'])
  })

  test('only the city’s own services are found, and nothing for no words or unknown words', () => {
    expect(searchCatalogue(chengdu, '垃圾')).toEqual([])
    expect(searchCatalogue(shanghai, '停车')).toEqual([])
    expect(searchCatalogue(yinchuan, '停车')).toEqual([])
    expect(searchCatalogue(chengdu, '沙尘')).toEqual([])
    expect(searchCatalogue(shanghai, '')).toEqual([])
    expect(searchCatalogue(shanghai, '   ')).toEqual([])
    expect(searchCatalogue(shanghai, '火星签证')).toEqual([])
    expect(searchCatalogue(shanghai, '<script>')).toEqual([])
  })
})

describe('the three cities’ catalogues', () => {
  test.each(['shanghai', 'chengdu', 'yinchuan'] as const)(
    '%s offers every required look-up, under every theme',
    (id) => {
      const services = getCityConfig(id).services
      for (const required of SERVICE_IDS.filter((s) => !(s in CITY_ONLY))) expect(services).toContain(required)
      for (const theme of SERVICE_THEMES) expect(services.some((s) => CATALOGUE[s].theme === theme)).toBe(true)
      expect(new Set(services).size).toBe(services.length)
    },
  )

  test('each city shows its own catalogue', () => {
    expect(shanghai).toContain('garbage-sorting')
    expect(chengdu).not.toContain('garbage-sorting')
    expect(yinchuan).not.toContain('garbage-sorting')
    expect(chengdu).toContain('parking')
    expect(shanghai).not.toContain('parking')
    expect(yinchuan).not.toContain('parking')
    expect(yinchuan).toContain('air-quality')
    expect(shanghai).not.toContain('air-quality')
    expect(chengdu).not.toContain('air-quality')
    // Each city-only service is in its own city's catalogue and no other's, so no two catalogues are alike.
    for (const [service, city] of Object.entries(CITY_ONLY)) {
      const offering = CITY_IDS.filter((id) => getCityConfig(id).services.includes(service as ServiceId))
      expect([service, offering]).toEqual([service, [city]])
    }
  })

  test('every service has a declaration, and personal services are exactly those with name and ID fields', () => {
    for (const id of SERVICE_IDS) {
      const declaration = DECLARATIONS[id]
      expect(declaration.id).toBe(id)
      const kinds = declaration.fields.map((field) => field.kind)
      expect(CATALOGUE[id].personal).toBe(kinds.includes('resident-id') && kinds.includes('person-name'))
      expect(declaration.guide.materials.length).toBeGreaterThan(0)
    }
  })

  test('the portal’s messages exist in both languages', () => {
    expect(Object.keys(servicesEn).sort()).toEqual(Object.keys(servicesZh).sort())
    for (const text of Object.values(servicesEn)) expect(text.trim()).not.toBe('')
  })
})
