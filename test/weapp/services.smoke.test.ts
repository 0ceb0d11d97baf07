/**
 * Smoke test of the COMPILED WeChat build: the Services tab (main package) and the generic look-up page
 * (features/services, a subpackage), run by miniprogram-simulate with the real Taro runtime. The tab
 * lists the build city's catalogue by theme (Shanghai unless WEAPP_CITY names the city of a build in
 * WEAPP_DIST); a weather look-up answers through the in-app mock, which the
 * look-up page hands over itself (services/mock/provide-lookups-mock.weapp.ts): no network call.
 * (A personal look-up is in personal-lookup.smoke.test.ts: the simulator runs a page's module once per
 * test file, so each file opens the look-up page once.)
 *
 *   npm run build:weapp && npm run test:weapp
 *   (other cities: scripts/test-weapp-cities.sh)
 */
import { getCityConfig } from '../../src/cities/city-registry'
import type { CityServicesConfig } from '../../src/cities/city-config'
import { CATALOGUE } from '../../src/features/services/catalogue'
import { servicesZh } from '../../src/features/services/services-messages'
import { zh } from '../../src/shared/i18n/messages'
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
const { servicesConfig } = require(`../../src/cities/services/${city.id}`) as { servicesConfig: CityServicesConfig }

describe('Services of the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  const pages: LoadedPage[] = []
  const open = (route: string, query?: Record<string, string>) => {
    const page = mp.loadPage(route, query)
    pages.push(page)
    return page
  }
  const diagnostics = () => whatHappened(mp, pages)

  beforeAll(() => {
    mp = bootMiniProgram()
  })
  afterAll(() => pages.forEach((page) => page.detach()))

  it('the tab lists the city’s catalogue under its themes', async () => {
    const tab = open('pages/services/index')
    await waitFor('the catalogue', () => tab.texts().includes(CATALOGUE.weather.name.zh), { diagnostics })
    const texts = tab.texts()
    expect(texts).toContain(zh['services.theme.transport'])
    expect(texts).toContain(zh['services.theme.convenience'])
    for (const service of city.services) expect(texts).toContain(CATALOGUE[service].name.zh)
  })

  it('a weather look-up answers from the in-app mock', async () => {
    const page = open('features/services/pages/lookup/index', { serviceId: 'weather' })
    const district = servicesConfig.districts[0].name.zh
    await waitFor('the district choices', () => page.texts().includes(district), { diagnostics })
    page.tapText(district)
    // Chosen: ticked, or (a long list) folded away behind a button to change it.
    const chosen = () => page.texts().includes(`✓ ${district}`) || page.texts().includes(servicesZh['form.change'])
    await waitFor(`"${district}" chosen`, chosen, { diagnostics })
    page.tapButton(servicesZh['form.submit'])
    await waitFor('the forecast', () => page.texts().includes(servicesZh['result.title']), { diagnostics })
    expect(page.texts()).toContain('未来三天')
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
