import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import type { LetterSubmission } from '../../../services/letters/letters-schemas'
import { createTestMockApi } from '../../../../test/support/test-api'
import { renderPage } from '../../../../test/support/render-page'
import CasePage from '../pages/case/index'
import MyLettersPage from '../pages/mine/index'
import { myLetters, unreadReplies } from '../stores/my-letters-store'

const DAY = 86_400_000
const letter: LetterSubmission = {
  channelId: 'hotline-12345',
  type: 'help',
  categoryId: 'housing',
  title: '<b>楼道照明</b>损坏求助',
  description: '我们单元楼道的声控灯已经坏了半个多月，老人晚上上下楼很不方便，希望尽快安排维修。',
  photos: [],
  contactName: '李先生',
  mobile: '13900001111',
  isPublic: false,
  anonymous: false,
  consent: true,
}

beforeEach(() => {
  testing.reset()
  myLetters.setState({ byCity: {} })
})

/** The mock decides each case's path from its number; take the first that the city answers. */
async function fileAnsweredCase(api: ReturnType<typeof createTestMockApi>) {
  for (let i = 0; i < 20; i += 1) {
    const filed = await api.letters.submit('shanghai', letter, `key-${i}`)
    const later = await api.letters.getCase('shanghai', filed.caseNumber)
    if (!['not-accepted', 'merged'].includes(later.state)) return filed
  }
  throw new Error('no answered case in 20')
}

test('the receipt, then tracking as the city works, the reply, and a poor rating that reopens the case', async () => {
  const api = createTestMockApi()
  const filed = await fileAnsweredCase(api)
  myLetters.getState().caseFiled('shanghai', filed)
  testing.router.params = { caseNumber: filed.caseNumber, receipt: '1' }
  const view = renderPage(<CasePage />, api)

  expect(await screen.findByText(filed.caseNumber, { selector: '.receipt__number' })).toBeTruthy()
  expect(screen.getByText('✓ 信件已提交')).toBeTruthy()
  expect(await screen.findByText('待受理')).toBeTruthy()
  expect(screen.getByText(`承诺办结：${filed.due} 前`)).toBeTruthy()
  // The citizen's title is text, not markup.
  expect(screen.getByRole('heading', { name: '<b>楼道照明</b>损坏求助' })).toBeTruthy()
  expect(document.querySelector('.case__title b')).toBeNull()
  view.unmount()

  // Days later the city has answered: the reply is unread until the case is opened.
  api.clock.advance(30 * DAY)
  testing.router.params = { caseNumber: filed.caseNumber }
  const list = renderPage(<MyLettersPage />, api)
  await waitFor(() => expect(unreadReplies(myLetters.getState().byCity.shanghai ?? [])).toBe(1))
  expect(await screen.findByText('新答复')).toBeTruthy()
  list.unmount()

  renderPage(<CasePage />, api)
  expect(await screen.findByText('答复内容')).toBeTruthy()
  const timeline = screen.getByRole('list', { name: '办理过程' })
  for (const step of ['信件已提交', '已受理', '已派单', '开始办理', '已答复'])
    expect(within(timeline).getAllByText(step).length).toBeGreaterThan(0)
  expect(within(timeline).getAllByText(/^办理部门：/).length).toBeGreaterThan(0)
  await waitFor(() => expect(unreadReplies(myLetters.getState().byCity.shanghai ?? [])).toBe(0))

  // Rating: nothing chosen says so; 不满意 reopens the case once.
  fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
  expect(screen.getByText('请先选择一个评价')).toBeTruthy()
  fireEvent.click(screen.getByRole('radio', { name: '不满意' }))
  fireEvent.change(screen.getByLabelText('补充说明（选填）'), { target: { value: '灯修了两天又坏了' } })
  fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
  expect(await screen.findByText('您的评价：不满意')).toBeTruthy()
  expect(screen.getByText('办理中')).toBeTruthy()
  expect(screen.getByText('跟进办理（因评价不满意重新办理）')).toBeTruthy()
  expect(screen.queryByRole('button', { name: '提交评价' })).toBeNull()
})

test('an unknown case number says so, with a retry', async () => {
  testing.router.params = { caseNumber: 'SH-20260101-999999' }
  renderPage(<CasePage />, createTestMockApi())
  expect(await screen.findByText('没有找到这条内容，它可能已被撤下。')).toBeTruthy()
  expect(screen.getByRole('button', { name: '重试' })).toBeTruthy()
})

test('My letters: empty at first, with the way to write one', async () => {
  renderPage(<MyLettersPage />, createTestMockApi())
  expect(screen.getByText('您还没有写过信')).toBeTruthy()
  // Still empty once its refresh has answered (the test mock answers on the next timer turn).
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
  expect(screen.getByText('您还没有写过信')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '去写信' }))
  expect(testing.navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/interact/index' })
})

test('My letters: when the service cannot be reached, the last known states stay, with a retry', async () => {
  const api = createTestMockApi()
  const filed = await fileAnsweredCase(api)
  myLetters.getState().caseFiled('shanghai', filed)
  api.runtime.faults.fail('network')
  renderPage(<MyLettersPage />, api)
  expect(await screen.findByText('暂时无法获取最新进度，以下为上次查看的状态。')).toBeTruthy()
  expect(screen.getByText('待受理')).toBeTruthy()
  api.runtime.faults.clear()
  api.clock.advance(30 * DAY)
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText('新答复')).toBeTruthy()
})
