/**
 * Smoke test of the COMPILED WeChat build: the one-stop search (features/search, a subpackage). Opened
 * with `q=sb`, the page finds the build city's social insurance record by its pinyin initials from the
 * in-app mock, which the page hands over itself (services/mock/provide-search-mock.weapp.ts), and the
 * pinyin table that ships with it: no network call.
 *
 *   npm run build:weapp && npm run test:weapp
 */
import type { CityId } from '../../config/settings'
import { getCityConfig } from '../../src/cities/city-registry'
import { searchZh } from '../../src/features/search/search-messages'
import { CATALOGUE } from '../../src/services/lookups/catalogue'
import {
  assertBuildExists,
  bootMiniProgram,
  waitFor,
  whatHappened,
  type LoadedPage,
  type MiniProgram,
} from './load-page'

assertBuildExists()

const EXPECTED_PROBES = new Set(['cloud'])
/** The build's city (WEAPP_CITY with WEAPP_DIST: scripts/test-weapp-cities.sh), Shanghai by default. */
const city = getCityConfig((process.env.WEAPP_CITY ?? 'shanghai') as CityId)

describe('Search in the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  const pages: LoadedPage[] = []
  const diagnostics = () => whatHappened(mp, pages)

  beforeAll(() => {
    mp = bootMiniProgram()
  })
  afterAll(() => pages.forEach((page) => page.detach()))

  it('finds results for the pinyin initials `sb`, grouped by kind, without the network', async () => {
    const page = mp.loadPage('features/search/pages/search/index', { q: 'sb' })
    pages.push(page)
    const expected = city.services.includes('social-insurance') ? CATALOGUE['social-insurance'].name.zh : null
    await waitFor(
      'search results',
      () =>
        page
          .texts()
          .some((text) => text.startsWith(searchZh['kind.news']) || text.startsWith(searchZh['kind.service'])),
      { diagnostics },
    )
    if (expected) expect(page.texts()).toContain(expected)
    expect(page.texts().some((text) => /^(新闻|服务|问答|征求意见|部门)（\d+）$/.test(text))).toBe(true)
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
    expect(mp.errors).toEqual([])
    expect([...mp.wx.missing].filter((name) => !EXPECTED_PROBES.has(name))).toEqual([])
  })
})
