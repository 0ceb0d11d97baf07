import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { renderPage } from '../../../../test/support/render-page'
import { restartKeepingDeviceStorage } from '../../../../test/support/restart'
import { seeded } from '../../../../test/support/seeded-random'
import { createTestMockApi } from '../../../../test/support/test-api'
import DetailPage from '../pages/detail/index'
import ListPage from '../pages/list/index'
import { commentDrafts } from '../stores/comment-drafts'
import { typeInto } from '../../../../test/support/form-input'

/** sh-c01 is open from 2026-11-03 to 2026-11-26 when the mock starts at TEST_NOW (2026-11-23 10:00). */
const OPEN = 'sh-c01'
const LAST_MOMENT = Date.parse('2026-11-26T23:59:59.999+08:00')
const NEXT_DAY = Date.parse('2026-11-27T00:00:00.000+08:00')
const COMMENT = '建议延时投放点开放到晚上十点，方便加班的上班族，同时在投放点加装照明和监控。'

beforeEach(() => {
  testing.reset()
  commentDrafts.setState({ drafts: {} })
})

/** A mock whose consultations are dated from TEST_NOW (they are anchored at its first call). */
async function startedMock() {
  const api = createTestMockApi()
  await api.consultations.listConsultations({ city: 'shanghai', status: 'open' })
  return api
}

async function writeComment() {
  await screen.findByLabelText('您的意见')
  typeInto('您的意见', COMMENT)
  fireEvent.click(screen.getByRole('checkbox', { name: '我同意将意见提交给起草部门用于修改完善草案' }))
}

const storedComments = (api: ReturnType<typeof createTestMockApi>) =>
  (
    JSON.parse(api.runtime.storage.getItem('mock:consultations:shanghai') ?? '{"comments":[]}') as {
      comments: { text: string }[]
    }
  ).comments.filter((c) => c.text === COMMENT).length

test('open ones and closed ones, each in its own tab', async () => {
  const api = await startedMock()
  const open = (await api.consultations.listConsultations({ city: 'shanghai', status: 'open' })).items
  const closed = (await api.consultations.listConsultations({ city: 'shanghai', status: 'closed' })).items
  renderPage(<ListPage />, api)
  const titles = () => [...document.querySelectorAll('.consultation-card__title')].map((el) => el.textContent)
  await waitFor(() => expect(titles()).toEqual(open.map((c) => c.title)))
  fireEvent.click(screen.getByRole('tab', { name: '已结束' }))
  await waitFor(() => expect(titles()).toEqual(closed.map((c) => c.title)))
  expect(screen.getAllByText('已反馈').length).toBe(closed.filter((c) => c.hasFeedback).length)
})

test.each(['chengdu', 'yinchuan'] as const)('%s lists its own open drafts', async (city) => {
  const api = createTestMockApi()
  const open = (await api.consultations.listConsultations({ city, status: 'open' })).items
  expect(open.length).toBeGreaterThan(0)
  renderPage(<ListPage />, api, { city })
  await waitFor(() =>
    expect([...document.querySelectorAll('.consultation-card__title')].map((el) => el.textContent)).toEqual(
      open.map((c) => c.title),
    ),
  )
})

test('an open draft: its text, its dates, and a comment that counts', async () => {
  const api = await startedMock()
  testing.router.params = { id: OPEN }
  const before = await api.consultations.getConsultation('shanghai', OPEN)
  renderPage(<DetailPage />, api)
  await screen.findByRole('heading', { name: before.title })
  expect(screen.getByTestId('rich-text').textContent).toContain('第一条')
  expect(screen.getByText(`${before.startDate} 至 ${before.endDate}（北京时间 24 时截止）`)).toBeTruthy()
  await writeComment()
  fireEvent.click(screen.getByRole('button', { name: '提交意见' }))
  expect(await screen.findByText('✓ 意见已提交，感谢您的参与')).toBeTruthy()
  expect(screen.getByText(`${before.commentCount + 1} 条`)).toBeTruthy()
  expect(commentDrafts.getState().drafts).toEqual({})
})

test('a comment at 23:59:59.999 on the end date (Beijing) is taken', async () => {
  const api = await startedMock()
  api.clock.set(LAST_MOMENT)
  testing.router.params = { id: OPEN }
  renderPage(<DetailPage />, api)
  await writeComment()
  fireEvent.click(screen.getByRole('button', { name: '提交意见' }))
  expect(await screen.findByText('✓ 意见已提交，感谢您的参与')).toBeTruthy()
  expect(storedComments(api)).toBe(1)
})

test('one sent at 00:00 the next day is refused in words, even from a page opened before, and kept', async () => {
  const api = await startedMock()
  api.clock.set(LAST_MOMENT - 60_000)
  testing.router.params = { id: OPEN }
  renderPage(<DetailPage />, api)
  await writeComment()
  api.clock.set(NEXT_DAY)
  fireEvent.click(screen.getByRole('button', { name: '提交意见' }))
  expect(await screen.findByText('本次征求意见已于 2026-11-26 24 时截止，您的意见没有提交成功。')).toBeTruthy()
  expect(screen.getByText('已结束')).toBeTruthy()
  expect(screen.queryByRole('button', { name: /提交意见/ })).toBeNull()
  expect(storedComments(api)).toBe(0)
  expect(Object.values(commentDrafts.getState().drafts)[0]?.text).toBe(COMMENT)
})

test('a half-written comment survives the app restarting with nothing in memory', async () => {
  const api = await startedMock()
  testing.router.params = { id: OPEN }
  const first = renderPage(<DetailPage />, api)
  await writeComment()
  first.unmount()
  const restart = restartKeepingDeviceStorage(testing.storage, { id: OPEN })
  try {
    restart.render(require('../pages/detail/index') as typeof import('../pages/detail/index'), api)
    const again = restart.library.screen
    await again.findByText('已恢复您上次未提交的意见')
    expect((again.getByLabelText('您的意见') as HTMLTextAreaElement).value).toBe(COMMENT)
    expect(again.getByRole('button', { name: '提交意见' })).toBeTruthy()
  } finally {
    restart.done()
  }
})

test('on a flaky network (30% of calls fail, half after the city acted), tapping until it works sends one comment', async () => {
  for (let seed = 1; seed <= 10; seed += 1) {
    testing.reset()
    commentDrafts.setState({ drafts: {} })
    const api = await startedMock()
    testing.router.params = { id: OPEN }
    const view = renderPage(<DetailPage />, api)
    await writeComment()
    api.runtime.faults.randomly(0.3, seeded(seed))
    for (let tap = 0; tap < 40 && !screen.queryByText('✓ 意见已提交，感谢您的参与'); tap += 1) {
      fireEvent.click(screen.getByRole('button', { name: /提交意见|再次提交/ }))
      await waitFor(() => expect(screen.queryByRole('button', { name: '正在提交' })).toBeNull())
      await act(() => Promise.resolve())
    }
    api.runtime.faults.clear()
    expect([seed, storedComments(api)]).toEqual([seed, 1])
    view.unmount()
  }
})

test('a closed draft shows the department’s feedback, and no form', async () => {
  const api = await startedMock()
  testing.router.params = { id: 'sh-c04' }
  const closed = await api.consultations.getConsultation('shanghai', 'sh-c04')
  renderPage(<DetailPage />, api)
  expect(closed.feedback).not.toBeNull()
  await screen.findByText('意见采纳情况')
  expect(screen.getByText(new RegExp(`共采纳或部分采纳 ${closed.feedback?.adoptedCount} 条意见`))).toBeTruthy()
  expect(screen.queryByLabelText('您的意见')).toBeNull()
})
