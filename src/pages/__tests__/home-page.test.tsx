import { fireEvent, screen, within } from '@testing-library/react'
import { createTestMockApi } from '../../../test/support/test-api'
import { renderPage } from '../../../test/support/render-page'
import { testing } from '../../../test/doubles/taro'
import { appPreferences } from '../../shared/preferences/app-preferences'
import HomePage from '../home/index'

test('Home shows the pinned notices, then every column, and the latest articles', async () => {
  const api = createTestMockApi()
  const notices = await api.news.listNotices('shanghai')
  const latest = await api.news.listArticles({ city: 'shanghai', columnId: 'latest', limit: 5 })
  renderPage(<HomePage />, api)

  // Until the notices arrive nothing is laid out below them (so nothing jumps when they do).
  expect(screen.getAllByLabelText('正在加载').length).toBeGreaterThan(0)
  expect(screen.queryByText('#最新消息')).toBeNull()
  expect(await screen.findByText(notices[0].title.zh)).toBeTruthy()
  for (const column of ['#最新消息', '#政策解读', '#菜价', '#区县联动']) expect(screen.getByText(column)).toBeTruthy()
  for (const article of latest.items) expect(await screen.findByText(article.title.zh)).toBeTruthy()
  expect(screen.queryByText(latest.items[0].title.en)).toBeNull()
})

test('Home in English, for another city', async () => {
  const api = createTestMockApi()
  const [notice] = await api.news.listNotices('chengdu')
  renderPage(<HomePage />, api, { language: 'en', city: 'chengdu' })
  expect(await screen.findByText(notice.title.en)).toBeTruthy()
  expect(screen.getByText('#Municipal Government Executive Meeting')).toBeTruthy()
  expect(screen.getByText('Chengdu Release')).toBeTruthy()
})

test('the elderly mode switch on Home changes the mode and says what it switches to', async () => {
  renderPage(<HomePage />, createTestMockApi())
  await screen.findAllByRole('link')
  fireEvent.click(screen.getByRole('button', { name: '切换到长辈版' }))
  expect(appPreferences.getState().elderlyMode).toBe(true)
  expect(screen.getByRole('button', { name: '切换到标准版' })).toBeTruthy()
  expect(document.querySelector('.screen--elderly')).not.toBeNull()
})

test('a column opens its feed, an article opens the article page', async () => {
  const api = createTestMockApi()
  const [first] = (await api.news.listArticles({ city: 'shanghai', columnId: 'latest', limit: 1 })).items
  renderPage(<HomePage />, api)
  fireEvent.click(await screen.findByRole('link', { name: '菜价' }))
  expect(testing.navigations.at(-1)).toEqual({
    kind: 'navigateTo',
    url: '/features/news/pages/column/index?columnId=food-prices',
  })
  fireEvent.click(await screen.findByRole('link', { name: first.title.zh }))
  expect(testing.navigations.at(-1)?.url).toBe(`/features/news/pages/article/index?id=${first.id}`)
})

test('when the network fails, Home says so in plain words and recovers on retry', async () => {
  const api = createTestMockApi()
  const [notice] = await api.news.listNotices('shanghai')
  api.runtime.faults.fail('network', 2) // the notices and the feed
  renderPage(<HomePage />, api)
  const errors = await screen.findAllByText('网络连接不上，请检查网络后重试。')
  expect(errors).toHaveLength(2)
  for (const retry of screen.getAllByRole('button', { name: '重试' })) fireEvent.click(retry)
  expect(await screen.findByText(notice.title.zh)).toBeTruthy()
  expect(screen.queryByText('网络连接不上，请检查网络后重试。')).toBeNull()
  expect(within(document.body).queryByText(/undefined|Error:/)).toBeNull()
})
