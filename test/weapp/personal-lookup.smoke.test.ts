/**
 * Smoke test of the COMPILED WeChat build: a personal look-up (social insurance) on the generic look-up
 * page of the features/services subpackage. The citizen types a name and an ID number, agrees to the
 * privacy consent, and reads the record through the in-app mock: no network call, the ID number is
 * shown masked and is not in device storage.
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { servicesZh } from '../../src/features/services/services-messages'
import {
  assertBuildExists,
  bootMiniProgram,
  expectCleanRun,
  waitFor,
  whatHappened,
  type LoadedPage,
  type MiniProgram,
} from './load-page'

assertBuildExists()

const ID = '310104198001011239'

describe('A personal look-up in the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  let page: LoadedPage
  const diagnostics = () => whatHappened(mp, [page])

  beforeAll(() => {
    mp = bootMiniProgram()
    page = mp.loadPage('features/services/pages/lookup/index', { serviceId: 'social-insurance' })
  })
  afterAll(() => page?.detach())

  it('asks for consent first and shows the ID number masked', async () => {
    await waitFor('the form', () => page.texts().includes('身份证号码'), { diagnostics })
    page.typeInto('姓名', '王小明')
    page.typeInto('身份证号码', ID)
    await waitFor('a ready button', () => page.buttons().includes(servicesZh['form.submit']), { diagnostics })
    page.tapButton(servicesZh['form.submit'])
    await waitFor('the consent', () => page.buttons().includes(servicesZh['consent.agree']), { diagnostics })
    page.tapButton(servicesZh['consent.agree'])
    await waitFor('the record', () => page.texts().includes(servicesZh['result.title']), { diagnostics })
    const texts = page.texts()
    expect(texts).toContain('3101**********1239')
    expect(texts.join('\n')).not.toContain(ID)
    expect(JSON.stringify([...mp.wx.storage.entries()])).not.toContain(ID)
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
