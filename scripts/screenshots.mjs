#!/usr/bin/env node
/**
 * Phone-sized screenshots of the H5 build for a person to look at: Home, a column feed and an article,
 * in Chinese and English, standard and elderly mode, for the cities given (default shanghai chengdu).
 *   node scripts/screenshots.mjs [city ...]      → artifacts/screenshots/<city>-<lang>-<mode>-<page>.png
 * Expects dist/h5 (npm run build:h5) and Debian's chromium.
 */
import fs from 'node:fs'
import path from 'node:path'
import { launchChromium, PHONE } from './chromium.mjs'
import { startH5Server } from './serve-h5.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const outDir = path.join(root, 'artifacts/screenshots')
const cities = process.argv.slice(2).length ? process.argv.slice(2) : ['shanghai', 'chengdu']
const FIRST = {
  shanghai: { column: 'latest', article: 'sh-001' },
  chengdu: { column: 'important', article: 'cd-001' },
  yinchuan: { column: 'news-policy', article: 'yc-001' },
}

fs.mkdirSync(outDir, { recursive: true })
const server = await startH5Server({ dir: path.join(root, 'dist/h5') })
const browser = await launchChromium()
try {
  for (const city of cities) {
    for (const language of ['zh', 'en']) {
      for (const elderlyMode of [false, true]) {
        const context = await browser.newContext(PHONE)
        const state = { elderlyMode, elderlyModeChosen: true, language, city }
        // Taro's H5 storage keeps each value as {"data": ...} in localStorage.
        await context.addInitScript(
          (value) => globalThis.localStorage.setItem('preferences', value),
          JSON.stringify({ data: JSON.stringify({ state, version: 1 }) }),
        )
        const page = await context.newPage()
        const pages = {
          home: ['/', '.article-card'],
          feed: [`/features/news/pages/column/index?columnId=${FIRST[city].column}`, '.article-card'],
          article: [`/features/news/pages/article/index?id=${FIRST[city].article}`, '.article__body'],
          me: ['/pages/me/index', '.setting'],
        }
        for (const [name, [url, ready]] of Object.entries(pages)) {
          await page.goto(server.url + url)
          await page.waitForSelector(`.taro_page.taro_page_stationed ${ready}`, { timeout: 15000 })
          await page.waitForTimeout(350)
          const file = path.join(outDir, `${city}-${language}-${elderlyMode ? 'elderly' : 'standard'}-${name}.png`)
          await page.screenshot({ path: file })
          console.log(path.relative(root, file))
        }
        await context.close()
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}
