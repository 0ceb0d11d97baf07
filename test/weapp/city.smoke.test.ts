/**
 * Smoke test of the COMPILED WeChat build: I Love <City> (features/city, a subpackage) lists the build
 * city's stories from the in-app mock, which the page hands over itself
 * (services/mock/provide-stories-mock.weapp.ts): no network call.
 *
 *   npm run build:weapp && npm run test:weapp
 *   (other cities: WEAPP_CITY with WEAPP_DIST, as scripts/test-weapp-cities.sh does)
 */
import { cityZh } from '../../src/features/city/city-messages'
import { getCityConfig } from '../../src/cities/city-registry'
import { STORIES } from '../../src/services/mock/fixtures/stories'
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

const city = buildCityId
const stories = STORIES[city].stories

describe('I Love <City> in the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  let page: LoadedPage
  const diagnostics = () => whatHappened(mp, [page])

  beforeAll(() => {
    mp = bootMiniProgram()
    page = mp.loadPage('features/city/pages/stories/index')
  })
  afterAll(() => page?.detach())

  it('lists the city’s stories under its title, without the network', async () => {
    await waitFor('the stories', () => page.texts().includes(stories[0].title.zh), { diagnostics })
    const texts = page.texts()
    expect(texts).toContain(`我爱${getCityConfig(city).name.zh}`)
    expect(texts).toContain(cityZh['category.construction'])
    for (const story of stories) expect(texts).toContain(story.title.zh)
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('a category tab shows only its stories', async () => {
    page.tapText(cityZh['category.food'])
    const food = stories.filter((s) => s.category === 'food').map((s) => s.title.zh)
    const others = stories.filter((s) => s.category !== 'food').map((s) => s.title.zh)
    const onlyFood = () => food.every((t) => page.texts().includes(t)) && !others.some((t) => page.texts().includes(t))
    await waitFor('only food stories', onlyFood, { diagnostics })
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
