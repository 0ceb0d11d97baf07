import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { renderPage } from '../../../../test/support/render-page'
import { createTestMockApi } from '../../../../test/support/test-api'
import { ServiceError } from '../../../services/errors'
import SearchPage from '../pages/search/index'

beforeEach(() => testing.reset())

const headings = () => screen.queryAllByRole('heading').map((h) => h.textContent)

test('idle: says what it searches and offers examples in Chinese and pinyin', async () => {
  renderPage(<SearchPage />, createTestMockApi())
  expect(await screen.findByText('一个搜索框，找遍全站')).toBeTruthy()
  for (const example of ['社保', 'sb', 'gongjijin']) expect(screen.getByRole('button', { name: example })).toBeTruthy()
})

test('pinyin initials `sb` find 社保缴费记录 under Services, and tapping it opens the look-up', async () => {
  testing.router.params = { q: 'sb' }
  renderPage(<SearchPage />, createTestMockApi())
  const link = await screen.findByRole('link', { name: '打开服务：社保缴费记录' })
  const services = headings().find((h) => h?.startsWith('服务'))
  expect(services).toMatch(/^服务（\d+）$/)
  fireEvent.click(link)
  expect(testing.navigations.at(-1)?.url).toBe('/features/services/pages/lookup/index?serviceId=social-insurance')
})

test('results are grouped by kind under headings with counts, the best match’s kind first', async () => {
  renderPage(<SearchPage />, createTestMockApi())
  await screen.findByText('一个搜索框，找遍全站')
  fireEvent.click(screen.getByRole('button', { name: '社保' }))
  await waitFor(() => expect(headings().length).toBeGreaterThan(1))
  const kinds = headings().map((h) => h?.replace(/（\d+）$/, ''))
  // 社保缴费记录 starts with the words; the news only contain them.
  expect(kinds[0]).toBe('服务')
  expect(kinds).toContain('新闻')
  const news = screen.getByRole('list', { name: '新闻' })
  fireEvent.click(within(news).getAllByRole('link')[0])
  expect(testing.navigations.at(-1)?.url).toMatch(/^\/features\/news\/pages\/article\/index\?id=sh-\d+$/)
})

test('no results: says so in words', async () => {
  testing.router.params = { q: '火星移民计划' }
  renderPage(<SearchPage />, createTestMockApi())
  expect(await screen.findByText('没有找到与“火星移民计划”相关的内容')).toBeTruthy()
})

test('an error offers a retry that searches again', async () => {
  const api = createTestMockApi()
  const spy = jest.spyOn(api.search, 'search').mockRejectedValueOnce(new ServiceError('network', 'offline'))
  testing.router.params = { q: 'sb' }
  renderPage(<SearchPage />, api)
  fireEvent.click(await screen.findByRole('button', { name: /重试|再试/ }))
  expect(await screen.findByRole('link', { name: '打开服务：社保缴费记录' })).toBeTruthy()
  expect(spy).toHaveBeenCalledTimes(2)
})

test('typed words are searched, in any case; English labels in English', async () => {
  renderPage(<SearchPage />, createTestMockApi(), { language: 'en' })
  await screen.findByText('One box for everything')
  fireEvent.change(screen.getByLabelText('Search everything'), {
    target: { value: 'GongJiJin' },
  })
  fireEvent.click(screen.getByRole('button', { name: 'Search' }))
  expect(await screen.findByRole('link', { name: 'Open Services: 公积金余额' })).toBeTruthy()
})
