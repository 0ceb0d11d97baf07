/**
 * Smoke test of the COMPILED WeChat build: the account matrix (features/matrix, a subpackage). The
 * accounts list and the city's accountability board render from the in-app mock, which the pages hand
 * over themselves (services/mock/provide-matrix-mock.weapp.ts), with the letters and questions mocks
 * the board reads riding in the same subpackage: no network call.
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { matrixZh } from '../../src/features/matrix/matrix-messages'
import { ACCOUNTS } from '../../src/services/mock/fixtures/accounts'
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
const districts = ACCOUNTS[city].filter((a) => a.group === 'district')
const bureaus = ACCOUNTS[city].filter((a) => a.group === 'bureau')

describe('The account matrix in the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  const pages: LoadedPage[] = []
  const diagnostics = () => whatHappened(mp, pages)

  beforeAll(() => {
    mp = bootMiniProgram()
  })
  afterAll(() => pages.forEach((page) => page.detach()))

  it('lists the districts’ accounts, a ghost marked in words, and switches group', async () => {
    const page = mp.loadPage('features/matrix/pages/accounts/index')
    pages.push(page)
    await waitFor('the districts', () => districts.every((a) => page.texts().includes(a.name.zh)), { diagnostics })
    expect(page.texts()).toContain(`${matrixZh['group.district']} ${districts.length}`)
    const ghostWords = /^⚠ 已 \d+ 天未更新$/
    page.tapText(`${matrixZh['group.bureau']} ${bureaus.length}`)
    await waitFor('the bureaus', () => bureaus.every((a) => page.texts().includes(a.name.zh)), { diagnostics })
    const ghosts = bureaus.filter((a) => a.lastPostDaysAgo >= 14).length
    expect(page.texts().filter((text) => ghostWords.test(text))).toHaveLength(ghosts)
  })

  it('shows the city’s board with its figures and a bar per department', async () => {
    const page = mp.loadPage('features/matrix/pages/board/index')
    pages.push(page)
    await waitFor('the board', () => page.texts().includes(matrixZh['board.received']), { diagnostics })
    expect(page.texts()).toContain(matrixZh['board.cityTitle'])
    expect(page.texts()).toContain(matrixZh['board.chartCity'])
    expect(page.texts()).toContain(matrixZh['board.questions'])
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
