import { fireEvent, screen } from '@testing-library/react'
import { createTestMockApi } from '../../../../test/support/test-api'
import { renderPage } from '../../../../test/support/render-page'
import { testing } from '../../../../test/doubles/taro'
import ArticlePage from '../pages/article/index'

test('the article: title, source, Beijing time, plain-language summary, sanitised body, share', async () => {
  const api = createTestMockApi()
  const [summary] = (await api.news.listArticles({ city: 'shanghai', columnId: 'policy', limit: 1 })).items
  testing.router.params = { id: summary.id }
  renderPage(<ArticlePage />, api)
  expect(screen.getByLabelText('正在加载')).toBeTruthy()
  expect(await screen.findByRole('heading', { name: summary.title.zh })).toBeTruthy()
  expect(screen.getByText(`来源：${summary.source.zh}`)).toBeTruthy()
  expect(screen.getByText('一句话看懂')).toBeTruthy()
  expect(screen.getByText(summary.summary.zh)).toBeTruthy()
  expect(screen.getByText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeTruthy()
  const body = screen.getByTestId('rich-text')
  expect(body.querySelector('p')).not.toBeNull()
  expect(screen.getByRole('button', { name: '分享' }).getAttribute('data-open-type')).toBe('share')
})

test('hostile HTML from the server is rendered harmless', async () => {
  const api = createTestMockApi()
  jest.spyOn(api.news, 'getArticle').mockResolvedValue({
    id: 'x',
    columnId: 'latest',
    title: { zh: '测试', en: 'Test' },
    summary: { zh: '摘要', en: 'Summary' },
    source: { zh: '来源', en: 'Source' },
    publishedAt: '2026-11-23T02:00:00.000Z',
    readCount: 3,
    bodyHtml:
      '<p onclick="steal()">正文</p><script>steal()</script><a href="javascript:steal()">链接</a><img src="x" onerror="steal()">',
  })
  testing.router.params = { id: 'x' }
  renderPage(<ArticlePage />, api)
  const body = await screen.findByTestId('rich-text')
  expect(body.innerHTML).not.toMatch(/script|onclick|onerror|javascript:/i)
  expect(body.textContent).toContain('正文')
})

test('an unknown article shows not-found with a way home', async () => {
  testing.router.params = { id: 'no-such-article' }
  renderPage(<ArticlePage />, createTestMockApi(), { language: 'en' })
  expect(await screen.findByText('Article not found')).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Back to Home' }))
  expect(testing.navigations.at(-1)).toEqual({ kind: 'switchTab', url: '/pages/home/index' })
})

test('a failed load offers a retry that recovers', async () => {
  const api = createTestMockApi()
  const [summary] = (await api.news.listArticles({ city: 'shanghai', columnId: 'traffic', limit: 1 })).items
  api.runtime.faults.fail('server', 1)
  testing.router.params = { id: summary.id }
  renderPage(<ArticlePage />, api)
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  expect(await screen.findByRole('heading', { name: summary.title.zh })).toBeTruthy()
})
