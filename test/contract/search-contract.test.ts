/**
 * @jest-environment node
 *
 * The one-stop search, run against both adapters: the mock, and the HTTP adapter talking to a real
 * local server that serves the mock over the HTTP contract.
 */
import { CITY_IDS } from '../../config/settings'
import { getCityConfig } from '../../src/cities/city-registry'
import { loadLettersConfig } from '../../src/cities/letters/load-letters-config'
import { CATALOGUE } from '../../src/services/lookups/catalogue'
import { SEARCH_GROUP_LIMIT, SEARCH_KINDS } from '../../src/services/search/search-schemas'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'

describe.each(CONTRACT_ADAPTERS)('one-stop search contract (%s)', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test.each(CITY_IDS)('%s: pinyin initials, full pinyin and Chinese find the social insurance record', async (city) => {
    if (!getCityConfig(city).services.includes('social-insurance')) return
    for (const query of ['sb', 'shebao', '社保', 'SheBao']) {
      const { groups } = await h.api.search.search(city, query)
      const services = groups.find((g) => g.kind === 'service')
      expect(services?.items.map((i) => i.id)).toContain('social-insurance')
      expect(services?.items.find((i) => i.id === 'social-insurance')?.title).toBe(
        CATALOGUE['social-insurance'].name.zh,
      )
    }
  })

  test('groups come in the fixed order, each with at most the limit and its total', async () => {
    const { groups } = await h.api.search.search('shanghai', 's')
    expect(groups.length).toBeGreaterThan(1)
    const order = groups.map((g) => SEARCH_KINDS.indexOf(g.kind))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    for (const g of groups) {
      expect(g.items.length).toBeLessThanOrEqual(SEARCH_GROUP_LIMIT)
      expect(g.total).toBeGreaterThanOrEqual(g.items.length)
    }
  })

  test('finds each kind: news, services, questions, consultations and departments', async () => {
    const letters = await loadLettersConfig('shanghai')
    const department = letters.departments[0]
    const { groups } = await h.api.search.search('shanghai', department.name.zh)
    expect(groups.find((g) => g.kind === 'department')?.items[0]).toEqual({
      id: department.id,
      title: department.name.zh,
    })
    const kinds = new Set<string>()
    for (const query of ['垃圾', '公积金', '社保', '交通'])
      (await h.api.search.search('shanghai', query)).groups.forEach((g) => kinds.add(g.kind))
    expect([...kinds].sort()).toEqual([...SEARCH_KINDS].sort())
  })

  test('nothing found, an empty query and hostile text answer no groups', async () => {
    for (const query of ['火星移民计划', '', '   ', '<script>alert(1)</script>', '.*', '(', 'x'.repeat(5000)]) {
      expect(await h.api.search.search('shanghai', query)).toEqual({ groups: [] })
    }
  })

  test('a failure reaches the caller as a ServiceError', async () => {
    h.faults.fail('server')
    await expect(h.api.search.search('shanghai', 'sb')).rejects.toMatchObject({ kind: 'server' })
  })
})
