import { act, fireEvent, screen } from '@testing-library/react'
import { createTestMockApi } from '../../../../test/support/test-api'
import { renderPage } from '../../../../test/support/render-page'
import { testing } from '../../../../test/doubles/taro'
import ColumnPage from '../pages/column/index'

function openColumn(columnId: string) {
  testing.router.params = { columnId }
}

test('loading, then the newest page of the column', async () => {
  const api = createTestMockApi()
  const page = await api.news.listArticles({ city: 'shanghai', columnId: 'latest' })
  openColumn('latest')
  renderPage(<ColumnPage />, api)
  expect(screen.getByLabelText('正在加载')).toBeTruthy()
  expect(await screen.findByText(page.items[0].title.zh)).toBeTruthy()
  expect(screen.getByRole('button', { name: '加载更多' })).toBeTruthy()
})

test('error, retry, success', async () => {
  const api = createTestMockApi()
  const page = await api.news.listArticles({ city: 'shanghai', columnId: 'policy' })
  api.runtime.faults.fail('timeout', 1)
  openColumn('policy')
  renderPage(<ColumnPage />, api)
  expect(await screen.findByText('服务器长时间没有响应，请稍后重试。')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: '重试' }))
  expect(await screen.findByText(page.items[0].title.zh)).toBeTruthy()
})

test('a column with no articles shows the empty state', async () => {
  const api = createTestMockApi()
  jest.spyOn(api.news, 'listArticles').mockResolvedValue({ items: [], nextCursor: null })
  openColumn('weather')
  renderPage(<ColumnPage />, api)
  expect(await screen.findByText('这个栏目暂时没有文章')).toBeTruthy()
})

test('reaching the bottom loads the next page, until the end', async () => {
  const api = createTestMockApi()
  const all = (await api.news.listArticles({ city: 'shanghai', columnId: 'latest', limit: 50 })).items
  openColumn('latest')
  renderPage(<ColumnPage />, api)
  expect(all.length).toBeGreaterThan(10)
  await screen.findByText(all[0].title.zh)
  await act(async () => testing.fireReachBottom())
  expect(await screen.findByText('已经到底了')).toBeTruthy()
  // Windowed: the rows rendered are the ones near the top, but the list knows every article.
  expect(screen.getByText(all[0].title.zh)).toBeTruthy()
})

test('pull to refresh fetches the column again', async () => {
  const api = createTestMockApi()
  const page = await api.news.listArticles({ city: 'shanghai', columnId: 'traffic' })
  const spy = jest.spyOn(api.news, 'listArticles')
  openColumn('traffic')
  renderPage(<ColumnPage />, api)
  await screen.findByText(page.items[0].title.zh)
  const before = spy.mock.calls.length
  await act(() => testing.firePullDownRefresh())
  expect(spy.mock.calls.length).toBe(before + 1)
})

test('the last feed seen shows at once on the next start, from the cache', async () => {
  const api = createTestMockApi()
  const page = await api.news.listArticles({ city: 'shanghai', columnId: 'latest' })
  openColumn('latest')
  const first = renderPage(<ColumnPage />, api)
  await screen.findByText(page.items[0].title.zh)
  first.unmount()

  api.runtime.faults.fail('network')
  renderPage(<ColumnPage />, api)
  // Before any answer: the cached articles, marked as the saved copy; the failed refresh keeps them.
  expect(screen.getByText(page.items[0].title.zh)).toBeTruthy()
  expect(screen.getByText('当前显示的是上次保存的内容')).toBeTruthy()
  await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  expect(screen.getByText(page.items[0].title.zh)).toBeTruthy()
})

test('an unknown column is a not-found state', () => {
  openColumn('no-such-column')
  renderPage(<ColumnPage />, createTestMockApi())
  expect(screen.getByText('没有找到这条内容，它可能已被撤下。')).toBeTruthy()
})
