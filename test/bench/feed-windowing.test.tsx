import { screen } from '@testing-library/react'
import fs from 'node:fs'
import path from 'node:path'
import { renderPage } from '../support/render-page'
import { createTestMockApi } from '../support/test-api'
import { testing } from '../doubles/taro'
import ColumnPage from '../../src/features/news/pages/column/index'
import type { ArticleSummary } from '../../src/services/news/news-schemas'

/**
 * A feed holding 5,000 articles must cost no more than twice the DOM of a feed holding 20 (the list is
 * windowed). `npm run bench` reads the figures this writes; the assertion keeps it true in every run.
 */
function articles(count: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-${String(i).padStart(5, '0')}`,
    columnId: 'latest',
    title: { zh: `第${i + 1}条 城市运行简报：道路、天气与便民信息`, en: `City brief no. ${i + 1}` },
    summary: { zh: '今日主要道路通行正常，早晚高峰请错峰出行。', en: 'Roads are clear today.' },
    source: { zh: '市政府新闻办', en: 'Information Office' },
    publishedAt: new Date(Date.parse('2026-11-23T02:00:00.000Z') - i * 60_000).toISOString(),
    readCount: 1000 + i,
  }))
}

async function renderFeed(count: number) {
  const api = createTestMockApi()
  jest.spyOn(api.news, 'listArticles').mockResolvedValue({ items: articles(count), nextCursor: null })
  testing.router.params = { columnId: 'latest' }
  const started = performance.now()
  const view = renderPage(<ColumnPage />, api)
  await screen.findByText('第1条 城市运行简报：道路、天气与便民信息')
  const firstScreenMs = performance.now() - started
  const nodes = document.body.querySelectorAll('*').length
  view.unmount()
  return { count, nodes, firstScreenMs: Math.round(firstScreenMs * 10) / 10 }
}

test('a feed of 5,000 articles renders with at most twice the DOM nodes of a feed of 20', async () => {
  const small = await renderFeed(20)
  const large = await renderFeed(5000)
  const result = { small, large, nodeRatio: Math.round((large.nodes / small.nodes) * 100) / 100 }
  const out = path.join(__dirname, '../../artifacts/bench-feed.json')
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify(result, null, 2))
  expect(large.nodes).toBeLessThanOrEqual(2 * small.nodes)
})
