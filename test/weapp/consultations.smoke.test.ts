/**
 * Smoke test of the COMPILED WeChat build: an open consultation (features/consultations, a subpackage)
 * renders its sanitised draft and takes a comment through the in-app mock, which the page hands over
 * itself (services/mock/provide-consultations-mock.weapp.ts): no network call.
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { consultationsZh } from '../../src/features/consultations/consultations-messages'
import { CONSULTATIONS } from '../../src/services/mock/fixtures/consultations'
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
/** A consultation open for a while yet, whatever today is: the fixtures are dated from the mock's start. */
const open = CONSULTATIONS[city].find((c) => c.startDay <= 0 && c.endDay >= 7)

describe('A consultation in the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  let page: LoadedPage
  const diagnostics = () => whatHappened(mp, [page])

  beforeAll(() => {
    mp = bootMiniProgram()
    page = mp.loadPage('features/consultations/pages/detail/index', { id: open?.id ?? '' })
  })
  afterAll(() => page?.detach())

  it('shows the draft, open for comment', async () => {
    await waitFor('the consultation', () => page.texts().includes(open?.title ?? '?'), { diagnostics })
    expect(page.texts()).toContain(consultationsZh['detail.draft'])
    expect(page.texts()).toContain(consultationsZh['comment.field'])
  })

  it('takes a comment, without the network', async () => {
    page.typeInto(consultationsZh['comment.field'], '建议延时投放点开放到晚上十点，方便加班的上班族。')
    page.tapText(consultationsZh['comment.consent'])
    await waitFor('a ready button', () => page.buttons().includes(consultationsZh['comment.send']), { diagnostics })
    page.tapButton(consultationsZh['comment.send'])
    await waitFor('the receipt', () => page.texts().includes(`✓ ${consultationsZh['comment.sent']}`), { diagnostics })
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
