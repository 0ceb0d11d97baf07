import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { renderPage } from '../../../../test/support/render-page'
import { createTestMockApi, TEST_NOW } from '../../../../test/support/test-api'
import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import { computeBoard } from '../../../services/matrix/board'
import { daysSincePost, isInactive } from '../../../services/matrix/inactive'
import { ACCOUNTS } from '../../../services/mock/fixtures/accounts'
import { casesOf } from '../../../services/mock/letters-mock'
import { questionsOf } from '../../../services/mock/questions-mock'
import { days, percent } from '../board-format'
import AccountsPage from '../pages/accounts/index'
import BoardPage from '../pages/board/index'
import { SAMPLE_LETTER } from '../../../../test/support/sample-letter'

const DAY = 24 * 3_600_000

beforeEach(() => testing.reset())

const names = () => [...document.querySelectorAll('.account__name')].map((el) => el.textContent)
const seedsOf = (group: string, platform?: string) =>
  ACCOUNTS.shanghai.filter((a) => a.group === group && (!platform || a.platforms.includes(platform as never)))

test('accounts by group and by platform, with their counts', async () => {
  renderPage(<AccountsPage />, createTestMockApi())
  await waitFor(() => expect(names()).toEqual(seedsOf('district').map((a) => a.name.zh)))
  expect(names()).toHaveLength(16)
  expect(screen.getByRole('tab', { name: '委办局 35' })).toBeTruthy()
  fireEvent.click(screen.getByRole('tab', { name: '直属机构 33' }))
  await waitFor(() => expect(names()).toEqual(seedsOf('agency').map((a) => a.name.zh)))
  fireEvent.click(screen.getByRole('radio', { name: '抖音' }))
  const onDouyin = seedsOf('agency', 'douyin')
  await waitFor(() => expect(names()).toEqual(onDouyin.map((a) => a.name.zh)))
  expect(onDouyin.length).toBeLessThan(33)
  const ghosts = onDouyin.filter((a) => a.lastPostDaysAgo >= 14).length
  expect(screen.getByText(`共 ${onDouyin.length} 个账号，其中 ${ghosts} 个超过 14 天未更新`)).toBeTruthy()
  fireEvent.click(screen.getByRole('tab', { name: '委办局 35' }))
  await waitFor(() => expect(names()).toEqual(seedsOf('bureau', 'douyin').map((a) => a.name.zh)))
})

test('the page opens on the group and platform of its link', async () => {
  testing.router.params = { group: 'bureau', platform: 'weibo' }
  renderPage(<AccountsPage />, createTestMockApi())
  await waitFor(() => expect(names()).toEqual(seedsOf('bureau', 'weibo').map((a) => a.name.zh)))
})

test('an account silent for 14 days or more says so in words; active ones do not', async () => {
  renderPage(<AccountsPage />, createTestMockApi())
  for (const group of ['district', 'bureau', 'agency'] as const) {
    const tab = screen
      .getAllByRole('tab')
      .find((el) => el.textContent?.startsWith({ district: '区县', bureau: '委办局', agency: '直属机构' }[group]))
    fireEvent.click(tab as HTMLElement)
    await waitFor(() => expect(names()).toEqual(seedsOf(group).map((a) => a.name.zh)))
    for (const seed of seedsOf(group)) {
      const row = [...document.querySelectorAll('.account')].find(
        (el) => el.querySelector('.account__name')?.textContent === seed.name.zh,
      ) as HTMLElement
      const lastPostAt = TEST_NOW - seed.lastPostDaysAgo * DAY
      const mark = row.querySelector('.account__inactive')?.textContent ?? null
      if (isInactive(lastPostAt, TEST_NOW)) expect(mark).toBe(`⚠ 已 ${daysSincePost(lastPostAt, TEST_NOW)} 天未更新`)
      else expect(mark).toBeNull()
    }
  }
  expect(document.querySelectorAll('.account__inactive').length).toBe(
    seedsOf('agency').filter((a) => a.lastPostDaysAgo >= 14).length,
  )
  expect(document.querySelectorAll('.account__inactive').length).toBeGreaterThan(0)
})

test('in English, and an account’s recent posts open in place', async () => {
  renderPage(<AccountsPage />, createTestMockApi(), { language: 'en' })
  const huangpu = ACCOUNTS.shanghai[0]
  await screen.findByText(huangpu.name.en)
  expect(screen.getByRole('tab', { name: 'Bureaus 35' })).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: `${huangpu.name.en}：Recent posts` }))
  expect(screen.getByText(huangpu.posts[0])).toBeTruthy()
})

test('an account with a department links to that department’s board', async () => {
  renderPage(<AccountsPage />, createTestMockApi())
  fireEvent.click(await screen.findByRole('link', { name: '上海市徐汇区人民政府：查看办理情况' }))
  expect(testing.navigations.at(-1)?.url).toBe('/features/matrix/pages/board/index?departmentId=xuhui')
})

test('a failed load says so and tries again', async () => {
  const api = createTestMockApi()
  api.runtime.faults.fail('network', 1)
  renderPage(<AccountsPage />, api)
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  await waitFor(() => expect(names()).toHaveLength(16))
})

test('the city’s board shows the figures board.ts computes from the mock’s own letters and questions', async () => {
  const api = createTestMockApi()
  // A citizen's letter, answered and rated, beside the other citizens' rated seed letters.
  const filed = await api.letters.submit('shanghai', SAMPLE_LETTER, 'board-key')
  api.clock.advance(40 * DAY)
  await api.letters.rate('shanghai', filed.caseNumber, 'satisfied')
  renderPage(<BoardPage />, api)
  await screen.findByRole('heading', { name: '全市办理情况' })
  const config = await loadLettersConfig('shanghai')
  const board = computeBoard(
    await casesOf(api.runtime, 'shanghai'),
    questionsOf(api.runtime, 'shanghai'),
    api.clock.now(),
    config,
    null,
  )
  // The nine rated seed letters (fixtures/public-letters.ts) and this one.
  expect(board.figures.rated).toBe(10)
  const f = board.figures
  const item = (name: string) => screen.getByRole('listitem', { name })
  expect(item(`收到来信：${f.received} 件`)).toBeTruthy()
  expect(item(`按期答复率：${percent(f.inTimeShare ?? 0)}（${f.repliedInTime}/${f.dueOrReplied} 件）`)).toBeTruthy()
  expect(item(`答复用时中位数：${days(f.medianReplyWorkingDays ?? 0)} 个工作日`)).toBeTruthy()
  expect(item(`满意率：${percent(f.satisfactionShare ?? 0)}（${f.satisfied}/${f.rated} 件评价）`)).toBeTruthy()
  expect(item(`临近期限（橙色）：${f.openDueSoon} 件`)).toBeTruthy()
  expect(item(`已超期（红色）：${f.openOverdue} 件`)).toBeTruthy()
  expect(item(`你问我答已答复：${f.questionsAnswered} 条`)).toBeTruthy()
  const chart = screen.getByRole('list', { name: '各部门按期答复率' })
  const bars = within(chart).getAllByRole('link')
  expect(bars.map((bar) => bar.getAttribute('aria-label'))).toEqual(
    board.departments.map(
      (d) => `${d.name.zh}：${d.figures.inTimeShare === null ? '暂无' : percent(d.figures.inTimeShare)}`,
    ),
  )
  fireEvent.click(bars[0])
  expect(testing.navigations.at(-1)?.url).toBe(
    `/features/matrix/pages/board/index?departmentId=${board.departments[0].departmentId}`,
  )
})

test('a department’s board: its name, its figures, its chart and its recent posts', async () => {
  const api = createTestMockApi()
  testing.router.params = { departmentId: 'transport' }
  renderPage(<BoardPage />, api)
  await screen.findByRole('heading', { name: '上海市交通委员会 · 办理情况' })
  const expected = await api.matrix.getBoard('shanghai', 'transport')
  expect(screen.getByRole('listitem', { name: `收到来信：${expected.figures.received} 件` })).toBeTruthy()
  expect(within(screen.getByRole('list', { name: '按期答复率与满意率' })).getAllByRole('listitem')).toHaveLength(2)
  const account = ACCOUNTS.shanghai.find((a) => a.departmentId === 'transport')
  expect(screen.getByText(account?.posts[0] ?? '?')).toBeTruthy()
})

test('the board’s error state retries', async () => {
  const api = createTestMockApi()
  api.runtime.faults.fail('server', 1)
  renderPage(<BoardPage />, api)
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  await screen.findByRole('heading', { name: '全市办理情况' })
})
