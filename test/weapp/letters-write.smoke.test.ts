/**
 * Smoke test of the COMPILED WeChat build: dist/weapp's letter form (features/letters, a subpackage),
 * run by miniprogram-simulate with the real Taro runtime. It renders the channel and the form for the
 * 12345 channel, and a letter filled in by taps and typing is filed through the in-app letters mock,
 * which on WeChat the letters pages hand over themselves (services/mock/provide-letters-mock.weapp.ts):
 * no network call is made, and the receipt page shows the new case number.
 *
 * Expected strings come from the source the build bundles (default build: Shanghai, mock API).
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { lettersConfig } from '../../src/cities/letters/shanghai'
import { lettersZh } from '../../src/features/letters/letters-messages'
import {
  assertBuildExists,
  bootMiniProgram,
  expectCleanRun,
  waitFor,
  type LoadedPage,
  type MiniProgram,
} from './load-page'

assertBuildExists()

const CHANNEL_ID = 'hotline-12345'
const channel = lettersConfig.channels.find((c) => c.id === CHANNEL_ID)
/** '还需填写：' — the send button's label while fields are missing. */
const MISSING_PREFIX = lettersZh['submit.missing'].split('{')[0]
const FIELD_LABELS = [
  lettersZh['field.type'],
  lettersZh['field.categoryId'],
  lettersZh['field.title'],
  lettersZh['field.description'],
  lettersZh['field.contactName'],
  lettersZh['field.mobile'],
]
/** The consent row's name, as the citizen reads it (written out: its message keys are being reworded). */
const CONSENT = '我已阅读并同意《个人信息处理说明》'
/** Where the form keeps drafts on the device (zustand persist under this name, in wx storage). */
const DRAFTS_KEY = 'letter-drafts'
const TITLE = '小区电梯经常停运'
const HOUSING = lettersConfig.categories.find((category) => category.id === 'housing')?.name.zh ?? 'housing'
const CASE_NUMBER = new RegExp(`^${lettersConfig.caseCode}-\\d{8}-\\d{6}$`)

describe('Letter form of the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  let form: LoadedPage
  let casePage: LoadedPage | undefined

  const diagnostics = () =>
    [
      `Rendered texts: ${JSON.stringify(form?.texts() ?? [])}`,
      `Buttons: ${JSON.stringify(form?.buttons() ?? [])}`,
      `Case page texts: ${JSON.stringify(casePage?.texts() ?? [])}`,
      `wx calls: ${mp?.wx.calls.map((call) => call.api).join(', ')}`,
      `wx APIs missing from the double: ${[...(mp?.wx.missing ?? [])].join(', ') || 'none'}`,
      `Errors: ${mp?.errors.map((error) => String(error)).join('\n') || 'none'}`,
    ].join('\n')

  /** The send button's label: what is still missing, or 提交信件. */
  const sendLabel = () =>
    form.buttons().find((label) => label.startsWith(MISSING_PREFIX) || label === lettersZh['submit.send'])

  beforeAll(async () => {
    mp = bootMiniProgram()
    form = mp.loadPage('features/letters/pages/write/index', { channelId: CHANNEL_ID })
    // The city's letters config loads first (a chunk of its own), then the form renders.
    await waitFor(
      `the form of ${CHANNEL_ID} with "${channel?.name.zh}" (is dist/weapp the default Shanghai build?)`,
      () => form.texts().includes(channel?.name.zh ?? '?') && form.texts().includes(lettersZh['field.title']),
      { diagnostics },
    )
  })

  afterAll(() => {
    casePage?.detach()
    form?.detach()
  })

  it('has the channel in the Shanghai letters config', () => {
    expect(channel).toBeDefined()
  })

  it('shows the channel name, its description and the field labels', () => {
    const texts = form.texts()
    expect(texts).toContain(channel?.name.zh)
    expect(texts).toContain(channel?.description.zh)
    for (const label of FIELD_LABELS) expect(texts).toContain(label)
    expect(texts).toContain(CONSENT)
    // A fresh device has no draft: the hint says drafts are kept, not that one was restored.
    expect(texts).toContain(lettersZh['draft.savedHint'])
    expect(texts).not.toContain(lettersZh['draft.restored'])
  })

  it('offers the channel’s letter types as choices', () => {
    const texts = form.texts()
    for (const type of channel?.types ?? []) expect(texts).toContain(lettersZh[`type.${type}`])
  })

  it('names what is still missing on the send button', () => {
    const label = sendLabel()
    expect(label).toBeDefined()
    expect(label?.startsWith(MISSING_PREFIX)).toBe(true)
    expect(label).toContain(lettersZh['short.title'])
    expect(label).toContain(lettersZh['short.mobile'])
  })

  it('files a filled-in letter through the in-app mock and opens the receipt', async () => {
    const choose = async (option: string) => {
      form.tapText(option)
      await waitFor(`"${option}" chosen`, () => form.texts().includes(`✓ ${option}`), { diagnostics })
    }
    await choose(lettersZh['type.help'])
    await choose(HOUSING)
    form.typeInto(lettersZh['field.title'], TITLE)
    form.typeInto(
      lettersZh['field.description'],
      '我住的小区3号楼电梯近一个月多次停运，老人上下楼非常困难，希望督促物业尽快维修。',
    )
    form.typeInto(lettersZh['field.contactName'], '张先生')
    form.typeInto(lettersZh['field.mobile'], '13800138000')
    const typed = (['short.title', 'short.description', 'short.contactName', 'short.mobile'] as const).map(
      (key) => lettersZh[key],
    )
    await waitFor('the typed fields in the draft', () => !typed.some((name) => sendLabel()?.includes(name)), {
      diagnostics,
    })
    form.tapText(CONSENT)
    await waitFor('every field filled', () => sendLabel() === lettersZh['submit.send'], { diagnostics })

    // The draft lives in device storage, so a restart would find it.
    expect(String(mp.wx.storage.get(DRAFTS_KEY))).toContain(TITLE)

    const before = mp.wx.redirects.length
    form.tapButton(lettersZh['submit.send'])
    // Mock latency 150–400 ms, then the form replaces itself with the case page and its receipt.
    await waitFor('wx.redirectTo to the receipt', () => mp.wx.redirects.length > before, { diagnostics })
    const url = mp.wx.redirects[before]
    const match = /^\/features\/letters\/pages\/case\/index\?caseNumber=([^&]+)&receipt=1$/.exec(url)
    expect(match).not.toBeNull()
    const caseNumber = decodeURIComponent(match?.[1] ?? '')
    expect(caseNumber).toMatch(CASE_NUMBER)
    // Filed, so the draft is gone from the device.
    expect(String(mp.wx.storage.get(DRAFTS_KEY))).not.toContain(TITLE)
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])

    casePage = mp.loadPage('features/letters/pages/case/index', { caseNumber, receipt: '1' })
    await waitFor(
      'the receipt and the case, still waiting to be accepted',
      () => casePage?.texts().includes(caseNumber) && casePage.texts().includes(lettersZh['caseState.submitted']),
      { diagnostics },
    )
    const texts = casePage.texts()
    expect(texts).toContain(`✓ ${lettersZh['receipt.title']}`)
    expect(texts).toContain(TITLE)
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
