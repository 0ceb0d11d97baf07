/**
 * Smoke test of the COMPILED WeChat build: dist/weapp's Home page, run by miniprogram-simulate with
 * the real Taro runtime, renders the pinned notices and the news columns from the in-app mock data,
 * and a tapped column navigates to its column page.
 *
 * Expected strings come from the source data the build bundles (default build: Shanghai, mock API),
 * so the test follows the fixtures instead of repeating them.
 *
 *   npm run build:weapp && npm run test:weapp
 */
import { shanghai } from '../../src/cities/shanghai'
import { news } from '../../src/services/mock/fixtures/shanghai/news'
import {
  assertBuildExists,
  bootMiniProgram,
  expectCleanRun,
  waitFor,
  type LoadedPage,
  type MiniProgram,
} from './load-page'

// Checked while the file loads, so a missing build fails the suite once, with the fix in the message.
assertBuildExists()

/** The mock shows a notice while it is valid: validForHours counts from publication, hoursAgo back. */
const currentNotices = news.notices.filter((notice) => notice.validForHours > notice.hoursAgo)
const expiredNotices = news.notices.filter((notice) => notice.validForHours <= notice.hoursAgo)
const columnLabel = (column: (typeof shanghai.newsColumns)[number]) => `#${column.name.zh}`

describe('Home page of the compiled weapp build (dist/weapp)', () => {
  let mp: MiniProgram
  let home: LoadedPage

  /** What a failure message shows: the page's texts and what the app asked of the wx double. */
  const diagnostics = () =>
    [
      `Rendered texts: ${JSON.stringify(home?.texts() ?? [])}`,
      `wx calls: ${mp?.wx.calls.map((call) => call.api).join(', ')}`,
      `wx APIs missing from the double: ${[...(mp?.wx.missing ?? [])].join(', ') || 'none'}`,
      `Errors: ${mp?.errors.map((error) => String(error)).join('\n') || 'none'}`,
    ].join('\n')

  beforeAll(async () => {
    mp = bootMiniProgram()
    home = mp.loadPage('pages/home/index')
    // First render: the header with the account name of the build city, about 70–125 ms after attach.
    await waitFor(
      `the first render of pages/home/index with "${shanghai.accountName.zh}" (is dist/weapp the default Shanghai build?)`,
      () => home.texts().includes(shanghai.accountName.zh),
      { diagnostics },
    )
  })

  afterAll(() => home?.detach())

  it('has fixtures that make the notice checks meaningful', () => {
    expect(currentNotices.length).toBeGreaterThan(0)
    expect(expiredNotices.length).toBeGreaterThan(0)
  })

  it('shows the current pinned notices from the mock data, and not the expired one', async () => {
    // The notices arrive from the mock API after its simulated latency (150–400 ms).
    await waitFor(
      'the pinned notices',
      () => currentNotices.every((notice) => home.texts().includes(notice.title.zh)),
      { diagnostics },
    )
    const texts = home.texts()
    for (const notice of currentNotices) {
      expect(texts).toContain(notice.title.zh)
      expect(texts).toContain(notice.body.zh)
    }
    for (const notice of expiredNotices) {
      expect(texts).not.toContain(notice.title.zh)
      expect(texts).not.toContain(notice.body.zh)
    }
    // From the in-app mock, not a network call.
    expect(mp.wx.calls.filter((call) => call.api === 'request')).toEqual([])
  })

  it('shows every news column of the city as #name', () => {
    const texts = home.texts()
    // Exact strings in order: each column is its own <text>, rendered in the configured order.
    const columnTexts = texts.filter((text) => shanghai.newsColumns.some((column) => columnLabel(column) === text))
    expect(columnTexts).toEqual(shanghai.newsColumns.map(columnLabel))
  })

  it('navigates to the column page when a column is tapped', async () => {
    for (const column of shanghai.newsColumns) {
      const before = mp.wx.navigations.length
      home.tapText(columnLabel(column))
      // The tap is dispatched asynchronously (j-component) and handled by Taro's `eh` → React onClick.
      await waitFor(`wx.navigateTo after tapping ${columnLabel(column)}`, () => mp.wx.navigations.length > before, {
        diagnostics,
      })
      expect(mp.wx.navigations.slice(before)).toEqual([`/features/news/pages/column/index?columnId=${column.id}`])
    }
  })

  it('does not navigate when a plain text is tapped', async () => {
    // The control for the test above: a tap on the account name (no handler) must not be recorded as
    // a navigation. Wait for a column tap after it, so the plain tap has surely been handled first.
    const before = mp.wx.navigations.length
    home.tapText(shanghai.accountName.zh)
    const last = shanghai.newsColumns[shanghai.newsColumns.length - 1]
    home.tapText(columnLabel(last))
    await waitFor('the column tap after the plain tap', () => mp.wx.navigations.length > before, { diagnostics })
    expect(mp.wx.navigations.slice(before)).toEqual([`/features/news/pages/column/index?columnId=${last.id}`])
  })

  it('logs no errors and uses no wx API the double lacks', () => {
    expectCleanRun(mp)
  })
})
