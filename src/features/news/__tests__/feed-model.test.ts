import type { ArticleSummary } from '../../../services/news/news-schemas'
import { feedReducer, feedView, initialFeed, type FeedState } from '../feed-model'

const article = (id: string): ArticleSummary => ({
  id,
  columnId: 'latest',
  title: { zh: `标题${id}`, en: `Title ${id}` },
  summary: { zh: '摘要', en: 'Summary' },
  source: { zh: '市政府', en: 'City Government' },
  publishedAt: '2026-11-23T02:00:00.000Z',
  readCount: 1,
})

const run = (...events: Parameters<typeof feedReducer>[1][]): FeedState => events.reduce(feedReducer, initialFeed)

test('first load: skeleton, then the list', () => {
  expect(feedView(initialFeed)).toBe('skeleton')
  expect(feedView(run({ type: 'firstPageLoaded', items: [article('a')], nextCursor: null }))).toBe('list')
})

test('a failed first load with nothing cached is the error state; a retry goes back to loading', () => {
  const failed = run({ type: 'firstPageFailed', error: new Error('x') })
  expect(feedView(failed)).toBe('error')
  expect(feedView(feedReducer(failed, { type: 'refreshStarted' }))).toBe('skeleton')
})

test('an empty column is the empty state, not an error', () => {
  expect(feedView(run({ type: 'firstPageLoaded', items: [], nextCursor: null }))).toBe('empty')
})

test('the cached feed shows at once and stays when the refresh fails', () => {
  const cached = run({ type: 'opened', cached: { items: [article('a')], nextCursor: 'c1' } })
  expect(feedView(cached)).toBe('list')
  expect(cached.fromCache).toBe(true)
  const failed = feedReducer(feedReducer(cached, { type: 'refreshStarted' }), {
    type: 'firstPageFailed',
    error: new Error('offline'),
  })
  expect(feedView(failed)).toBe('list')
  expect(failed.items.map((a) => a.id)).toEqual(['a'])
  expect(failed.error).toBeInstanceOf(Error)
})

test('load more appends without repeating what a refresh already brought', () => {
  const state = run(
    { type: 'firstPageLoaded', items: [article('a'), article('b')], nextCursor: 'c1' },
    { type: 'moreStarted' },
    { type: 'moreLoaded', items: [article('b'), article('c')], nextCursor: null },
  )
  expect(state.items.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  expect(state.nextCursor).toBeNull()
  expect(state.loadingMore).toBe(false)
})

test('a failed load more keeps the list and remembers why', () => {
  const state = run(
    { type: 'firstPageLoaded', items: [article('a')], nextCursor: 'c1' },
    { type: 'moreStarted' },
    { type: 'moreFailed', error: new Error('timeout') },
  )
  expect(state.items).toHaveLength(1)
  expect(state.moreError).toBeInstanceOf(Error)
  expect(state.nextCursor).toBe('c1')
})

test('opening another column starts clean', () => {
  const state = run(
    { type: 'firstPageLoaded', items: [article('a')], nextCursor: null },
    { type: 'opened', cached: null },
  )
  expect(state).toEqual(initialFeed)
})
