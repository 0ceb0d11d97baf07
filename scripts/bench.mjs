#!/usr/bin/env node
/**
 * npm run bench — builds both targets and measures the budgets of issue #2:
 *  - weapp main package (raw bytes outside subpackage roots) ≤ 400 KB; each subpackage ≤ 256 KB
 *  - H5 Home route: the JS + CSS a browser fetches to show Home, gzipped, ≤ 150 KB
 *  - a feed of 5,000 articles renders with ≤ 2× the DOM nodes of a feed of 20 (jsdom), and its time
 *    to the first screen
 *  - the one-stop search over 10,000 documents answers in ≤ 10 ms at p95 (Chinese, full pinyin, initials)
 * Prints a table, writes artifacts/bench.json, and exits non-zero when a size is over budget.
 * Flags: --no-build (measure the existing dist/ folders).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { launchChromium, PHONE } from './chromium.mjs'
import { startH5Server } from './serve-h5.mjs'

const KB = 1024
const BUDGET = {
  weappMain: 400 * KB,
  weappSubpackage: 256 * KB,
  h5HomeGzip: 150 * KB,
  feedNodeRatio: 2,
  searchP95Ms: 10,
}
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })

if (!process.argv.includes('--no-build')) {
  run('npx', ['taro', 'build', '--type', 'weapp'])
  run('npx', ['taro', 'build', '--type', 'h5'])
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

// weapp: the main package is everything outside the subpackage roots app.json declares.
const weappDir = path.join(root, 'dist/weapp')
const appJson = JSON.parse(fs.readFileSync(path.join(weappDir, 'app.json'), 'utf8'))
const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
const sizes = { main: 0, subpackages: Object.fromEntries(roots.map((r) => [r, 0])) }
for (const file of filesUnder(weappDir)) {
  const rel = path.relative(weappDir, file).split(path.sep).join('/')
  const owner = roots.find((r) => rel.startsWith(`${r}/`))
  const bytes = fs.statSync(file).size
  if (owner) sizes.subpackages[owner] += bytes
  else sizes.main += bytes
}

// H5: load Home in Chromium and add up every script and stylesheet it fetched, gzipped.
async function measureH5Home() {
  const server = await startH5Server({ dir: path.join(root, 'dist/h5') })
  const browser = await launchChromium()
  try {
    const page = await browser.newPage(PHONE)
    const assets = new Set()
    page.on('requestfinished', (request) => {
      const type = request.resourceType()
      if (type === 'script' || type === 'stylesheet') assets.add(new URL(request.url()).pathname)
    })
    await page.goto(`${server.url}/`, { waitUntil: 'networkidle' })
    await page.waitForSelector('.article-card', { timeout: 15000 })
    await page.waitForLoadState('networkidle')
    const files = [...assets].map((p) => {
      const bytes = fs.readFileSync(path.join(root, 'dist/h5', p))
      return { path: p, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length }
    })
    return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) }
  } finally {
    await browser.close()
    await server.close()
  }
}
const h5Home = await measureH5Home()

// Feed windowing: the jest measurement writes artifacts/bench-feed.json.
run('npx', ['jest', '--silent', 'test/bench/feed-windowing.test.tsx'])
const feed = JSON.parse(fs.readFileSync(path.join(root, 'artifacts/bench-feed.json'), 'utf8'))
// One-stop search: the jest measurement writes artifacts/bench-search.json.
run('npx', ['jest', '--silent', 'test/bench/search.test.ts'])
const search = JSON.parse(fs.readFileSync(path.join(root, 'artifacts/bench-search.json'), 'utf8'))

const rows = [
  ['weapp main package', sizes.main, BUDGET.weappMain],
  ...Object.entries(sizes.subpackages).map(([name, bytes]) => [
    `weapp subpackage ${name}`,
    bytes,
    BUDGET.weappSubpackage,
  ]),
  ['H5 Home route JS+CSS (gzip)', h5Home.gzip, BUDGET.h5HomeGzip],
]
const kb = (n) => `${(n / KB).toFixed(1)} KB`
console.log('\nBudget                                   measured     budget     ok')
for (const [name, value, budget] of rows)
  console.log(
    `${name.padEnd(40)} ${kb(value).padStart(10)} ${kb(budget).padStart(10)}   ${value <= budget ? 'yes' : 'NO'}`,
  )
console.log(
  `${'feed DOM nodes: 20 → 5,000 articles'.padEnd(40)} ${`${feed.small.nodes} → ${feed.large.nodes}`.padStart(10)} ${'≤ 2×'.padStart(10)}   ${feed.nodeRatio <= BUDGET.feedNodeRatio ? 'yes' : 'NO'} (${feed.nodeRatio}×)`,
)
console.log(
  `${'feed first screen, 20 / 5,000 (jsdom)'.padEnd(40)} ${`${feed.small.firstScreenMs} / ${feed.large.firstScreenMs} ms`.padStart(10)}`,
)
console.log(
  `${'search p50 / p95, 10,000 documents'.padEnd(40)} ${`${search.p50} / ${search.p95} ms`.padStart(10)} ${`≤ ${BUDGET.searchP95Ms} ms`.padStart(10)}   ${search.p95 <= BUDGET.searchP95Ms ? 'yes' : 'NO'}`,
)
console.log('\nH5 Home assets:')
for (const f of h5Home.files)
  console.log(`  ${f.path.padEnd(60)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`)

const result = { measuredAt: new Date().toISOString(), budgets: BUDGET, weapp: sizes, h5Home, feed, search }
fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true })
fs.writeFileSync(path.join(root, 'artifacts/bench.json'), JSON.stringify(result, null, 2))
console.log('\nWritten to artifacts/bench.json')

const over = rows.filter(([, value, budget]) => value > budget).map(([name]) => name)
if (feed.nodeRatio > BUDGET.feedNodeRatio) over.push('feed DOM ratio')
if (search.p95 > BUDGET.searchP95Ms) over.push('search p95')
if (over.length) {
  console.error(`Over budget: ${over.join(', ')}`)
  process.exit(1)
}
