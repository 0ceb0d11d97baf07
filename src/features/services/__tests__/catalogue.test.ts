import { getCityConfig } from '../../../cities/city-registry'
import { SERVICE_IDS } from '../../../services/lookups/lookup-schemas'
import { CATALOGUE, SERVICE_THEMES, searchCatalogue } from '../catalogue'
import { DECLARATIONS } from '../declarations/registry'
import { servicesEn, servicesZh } from '../services-messages'

const shanghai = getCityConfig('shanghai').services
const chengdu = getCityConfig('chengdu').services

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
  })

  test('only the city’s own services are found, and nothing for no words or unknown words', () => {
    expect(searchCatalogue(chengdu, '垃圾')).toEqual([])
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
      for (const required of SERVICE_IDS.filter((s) => s !== 'garbage-sorting')) expect(services).toContain(required)
      for (const theme of SERVICE_THEMES) expect(services.some((s) => CATALOGUE[s].theme === theme)).toBe(true)
      expect(new Set(services).size).toBe(services.length)
    },
  )

  test('each city shows its own catalogue', () => {
    expect(shanghai).toContain('garbage-sorting')
    expect(chengdu).not.toContain('garbage-sorting')
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
