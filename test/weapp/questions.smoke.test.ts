/**
 * Smoke test of the COMPILED WeChat build: the questions portal (features/questions, a subpackage).
 * The answered questions list renders from the in-app mock, which the page hands over itself
 * (services/mock/provide-questions-mock.weapp.ts), and a question asked through the form is filed once,
 * with no network call. (Consultations: consultations.smoke.test.ts.)
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { getCityConfig } from '../../src/cities/city-registry'
import { questionsZh } from '../../src/features/questions/questions-messages'
import { PUBLIC_QUESTIONS } from '../../src/services/mock/fixtures/public-questions'
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

const TITLE = '老年人乘地铁可以免费吗'
const city = getCityConfig(buildCityId)
const CASE_CODE = { shanghai: 'sh', chengdu: 'cd', yinchuan: 'yc' }[city.id]

describe('Questions in the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  const pages: LoadedPage[] = []
  const diagnostics = () => whatHappened(mp, pages)

  beforeAll(() => {
    mp = bootMiniProgram()
  })
  afterAll(() => pages.forEach((page) => page.detach()))

  it('lists answered questions with their answers', async () => {
    const column = city.interaction.find((c) => c.kind === 'questions')
    const list = mp.loadPage('features/questions/pages/list/index', { columnId: column?.id ?? '' })
    pages.push(list)
    const someTitles = PUBLIC_QUESTIONS[city.id].map((q) => q.title)
    await waitFor('answered questions', () => list.texts().some((text) => someTitles.includes(text)), { diagnostics })
    expect(list.texts().some((text) => text.endsWith('答复'))).toBe(true)
  })

  it('asks a question through the form, once, without the network', async () => {
    const ask = mp.loadPage('features/questions/pages/ask/index')
    pages.push(ask)
    await waitFor('the form', () => ask.texts().includes(questionsZh['field.title']), { diagnostics })
    ask.typeInto(questionsZh['field.title'], TITLE)
    ask.typeInto(questionsZh['field.body'], '家里老人今年满七十岁了，听说可以免费乘坐公共交通，地铁也可以吗？')
    ask.tapText(questionsZh['field.consent'])
    await waitFor('a ready button', () => ask.buttons().includes(questionsZh['submit.send']), { diagnostics })
    const before = mp.wx.redirects.length
    ask.tapButton(questionsZh['submit.send'])
    await waitFor('the receipt', () => mp.wx.redirects.length > before, { diagnostics })
    expect(mp.wx.redirects[before]).toMatch(
      new RegExp(`^/features/questions/pages/detail/index\\?id=${CASE_CODE}-q-\\d{8}-\\d{4}&receipt=1$`),
    )
    expect(String(mp.wx.storage.get('my-questions'))).toContain(TITLE)
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
