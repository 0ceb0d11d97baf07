import { fireEvent, screen, waitFor } from '@testing-library/react'
import { testing } from '../../../../test/doubles/taro'
import { renderPage } from '../../../../test/support/render-page'
import { createTestMockApi } from '../../../../test/support/test-api'
import { ServiceError } from '../../../services/errors'
import StoriesPage from '../pages/stories/index'
import StoryPage from '../pages/story/index'

beforeEach(() => testing.reset())

const titles = () => [...document.querySelectorAll('.story-card__title')].map((el) => el.textContent)

test('the categories filter the stories', async () => {
  const api = createTestMockApi()
  const all = await api.stories.listStories('shanghai')
  renderPage(<StoriesPage />, api)
  expect(await screen.findByRole('heading', { name: '我爱上海' })).toBeTruthy()
  await waitFor(() => expect(titles()).toEqual(all.map((s) => s.title.zh)))
  expect(screen.getByRole('tab', { name: '全部' }).className).toContain('story-tab--chosen')
  fireEvent.click(screen.getByRole('tab', { name: '美食' }))
  const food = all.filter((s) => s.category === 'food').map((s) => s.title.zh)
  await waitFor(() => expect(titles()).toEqual(food))
  expect(titles()).toContain('生煎与小笼')
  expect(screen.getByRole('tab', { name: '美食' }).className).toContain('story-tab--chosen')
  fireEvent.click(screen.getByRole('tab', { name: '城市建设' }))
  await waitFor(() => expect(titles()).toContain('杨浦滨江：从工业锈带到生活秀带'))
  expect(titles()).not.toContain('生煎与小笼')
})

test('a category in the link opens on it', async () => {
  testing.router.params = { category: 'history' }
  renderPage(<StoriesPage />, createTestMockApi())
  await waitFor(() => expect(titles()).toEqual(['外滩万国建筑博览群', '中共一大会址']))
})

test('every picture is described, lazy-loaded and in a box of fixed size', async () => {
  const api = createTestMockApi()
  const all = await api.stories.listStories('shanghai')
  renderPage(<StoriesPage />, api)
  await waitFor(() => expect(screen.getAllByRole('img')).toHaveLength(all.length))
  screen.getAllByRole('img').forEach((img, i) => {
    expect(img.getAttribute('aria-label')).toBe(all[i].image.alt.zh)
    expect(img.getAttribute('data-lazy-load')).toBe('true')
    expect(img.className).toContain('story-image')
    expect(img.getAttribute('src')).toBe(all[i].image.src)
  })
})

test.each([
  ['chengdu', '我爱成都', '川剧变脸', '外滩万国建筑博览群'],
  ['yinchuan', '我爱银川', '西夏陵', '川剧变脸'],
] as const)('%s shows its own stories', async (city, heading, own, other) => {
  renderPage(<StoriesPage />, createTestMockApi(), { city })
  expect(await screen.findByRole('heading', { name: heading })).toBeTruthy()
  await waitFor(() => expect(titles()).toContain(own))
  expect(titles()).not.toContain(other)
})

test('in English: the title, the tabs, the stories and the pictures’ descriptions', async () => {
  const api = createTestMockApi()
  const [first] = await api.stories.listStories('chengdu')
  renderPage(<StoriesPage />, api, { city: 'chengdu', language: 'en' })
  expect(await screen.findByRole('heading', { name: 'I Love Chengdu' })).toBeTruthy()
  expect(screen.getByRole('tab', { name: 'City building' })).toBeTruthy()
  await screen.findByText(first.title.en)
  expect(screen.getByRole('img', { name: first.image.alt.en })).toBeTruthy()
})

test('elderly mode applies to the page', async () => {
  renderPage(<StoriesPage />, createTestMockApi(), { elderlyMode: true })
  await screen.findByText('外滩万国建筑博览群')
  expect(document.querySelector('.screen--elderly.city-page')).not.toBeNull()
})

test('a failed load says so and tries again', async () => {
  const api = createTestMockApi()
  api.runtime.faults.fail('network', 1)
  renderPage(<StoriesPage />, api)
  fireEvent.click(await screen.findByRole('button', { name: '重试' }))
  await screen.findByText('外滩万国建筑博览群')
})

test('an empty category says so', async () => {
  const api = createTestMockApi()
  api.stories = { ...api.stories, listStories: () => Promise.resolve([]) }
  renderPage(<StoriesPage />, api)
  await screen.findByText('这个分类还没有故事')
})

test('a card opens its story', async () => {
  renderPage(<StoriesPage />, createTestMockApi())
  fireEvent.click(await screen.findByText('生煎与小笼'))
  expect(testing.navigations.at(-1)?.url).toContain('features/city/pages/story/index?id=sh-s02')
})

test('a story: picture, title, category and its body, sanitised', async () => {
  const api = createTestMockApi()
  const real = await api.stories.getStory('shanghai', 'sh-s03')
  api.stories = {
    ...api.stories,
    getStory: () =>
      Promise.resolve({
        ...real,
        bodyHtml: `${real.bodyHtml}<script>window.hacked = true</script><p onclick="x()">尾</p>`,
      }),
  }
  testing.router.params = { id: 'sh-s03' }
  renderPage(<StoryPage />, api)
  expect(await screen.findByRole('heading', { name: '中共一大会址' })).toBeTruthy()
  expect(screen.getByText('历史')).toBeTruthy()
  expect(screen.getByRole('img', { name: real.image.alt.zh }).getAttribute('data-lazy-load')).toBe('true')
  const body = screen.getByTestId('rich-text')
  expect(body.textContent).toContain('兴业路76号')
  expect(body.innerHTML).not.toMatch(/script|hacked|onclick/)
})

test('an unknown story says it was not found', async () => {
  const api = createTestMockApi()
  api.stories = { ...api.stories, getStory: () => Promise.reject(new ServiceError('not-found', 'No story', 404)) }
  testing.router.params = { id: 'sh-s99' }
  renderPage(<StoryPage />, api)
  expect(await screen.findByRole('alert')).toBeTruthy()
})

test('in English a story says its body is in Chinese', async () => {
  testing.router.params = { id: 'yc-s01' }
  renderPage(<StoryPage />, createTestMockApi(), { city: 'yinchuan', language: 'en' })
  expect(await screen.findByRole('heading', { name: 'The Western Xia Imperial Tombs' })).toBeTruthy()
  expect(screen.getByText('The full story is in Chinese.')).toBeTruthy()
})
