import { createTestMockApi, TEST_NOW } from '../../../../test/support/test-api'
import { createFaults, createMockRuntime, createControlledClock } from '../mock-runtime'
import { createMemoryStorage } from '../../../shared/storage/key-value-storage'

const HOUR = 3_600_000

test('notices leave the list when they expire on the mock clock', async () => {
  const api = createTestMockApi()
  const before = await api.news.listNotices('shanghai')
  expect(before.length).toBeGreaterThan(0)
  const firstExpiry = Math.min(...before.map((n) => Date.parse(n.expiresAt)))
  ;(api.runtime.clock as ReturnType<typeof createControlledClock>).set(firstExpiry)
  const after = await api.news.listNotices('shanghai')
  expect(after.length).toBe(before.length - before.filter((n) => Date.parse(n.expiresAt) === firstExpiry).length)
})

test('fixture times are relative to the clock, so the feed is fresh whenever it runs', async () => {
  const api = createTestMockApi()
  const page = await api.news.listArticles({ city: 'chengdu', columnId: 'important' })
  const newest = Date.parse(page.items[0].publishedAt)
  expect(newest).toBeLessThanOrEqual(TEST_NOW)
  expect(TEST_NOW - newest).toBeLessThan(7 * 24 * HOUR)
})

test('injected faults fail exactly the next calls, then the mock recovers', async () => {
  const api = createTestMockApi()
  api.runtime.faults.fail('network', 2)
  await expect(api.news.listNotices('shanghai')).rejects.toMatchObject({ kind: 'network' })
  await expect(api.news.listNotices('shanghai')).rejects.toMatchObject({ kind: 'network' })
  await expect(api.news.listNotices('shanghai')).resolves.toBeInstanceOf(Array)
})

test('opening an article counts a read, kept in storage across mock restarts', async () => {
  const api = createTestMockApi()
  const [summary] = (await api.news.listArticles({ city: 'yinchuan', columnId: 'news-policy', limit: 1 })).items
  const opened = await api.news.getArticle('yinchuan', summary.id)
  expect(opened.readCount).toBe(summary.readCount + 1)
  const again = await api.news.getArticle('yinchuan', summary.id)
  expect(again.readCount).toBe(summary.readCount + 2)
})

test('answers are copies: changing one never changes the mock’s data', async () => {
  const api = createTestMockApi()
  const page = await api.news.listArticles({ city: 'shanghai', columnId: 'latest' })
  page.items[0].title.zh = '篡改'
  const again = await api.news.listArticles({ city: 'shanghai', columnId: 'latest' })
  expect(again.items[0].title.zh).not.toBe('篡改')
})

test('the runtime waits its latency before answering', async () => {
  jest.useFakeTimers()
  try {
    const runtime = createMockRuntime({
      latency: { min: 200, max: 200 },
      storage: createMemoryStorage(),
      faults: createFaults(),
    })
    let answered = false
    const call = runtime.call(() => 'ok').then(() => (answered = true))
    await jest.advanceTimersByTimeAsync(199)
    expect(answered).toBe(false)
    await jest.advanceTimersByTimeAsync(1)
    await call
    expect(answered).toBe(true)
  } finally {
    jest.useRealTimers()
  }
})

test('a call that hangs past the timeout fails as a timeout, like the HTTP adapter', async () => {
  jest.useFakeTimers()
  try {
    const runtime = createMockRuntime({ latency: { min: 0, max: 0 }, timeoutMs: 8000, storage: createMemoryStorage() })
    runtime.faults.delay(60_000)
    const outcome = runtime.call(() => 'late').catch((error: unknown) => error)
    await jest.advanceTimersByTimeAsync(8000)
    await expect(outcome).resolves.toMatchObject({ kind: 'timeout' })
  } finally {
    jest.useRealTimers()
  }
})
