/**
 * Smoke test of the COMPILED WeChat build: the one-stop search (features/search, a subpackage). Opened
 * with `q=sb`, the page finds the build city's social insurance record by its pinyin initials from the
 * in-app mock, which the page hands over itself (services/mock/provide-search-mock.weapp.ts), and the
 * pinyin table that ships with it: no network call.
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { getCityConfig } from '../../src/cities/city-registry'
import { searchZh } from '../../src/features/search/search-messages'
import { CATALOGUE } from '../../src/services/lookups/catalogue'
import {
  assertBuildExists,
  bootMiniProgram,
  buildCityId,
  expectCleanRun,
  waitFor,
  whatHappened,
  type LoadedPage,
  type MiniProgram,
} from './load-page'

assertBuildExists()

const city = getCityConfig(buildCityId)

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
    expectCleanRun(mp)
  })
})
