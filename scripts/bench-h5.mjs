#!/usr/bin/env node
/**
 * npm run bench:h5 — Lighthouse on the H5 Home route (`/`), side by side with a minimal Taro app
 * (bench/baseline: one page, a title and a Button), so every number reads against the framework's floor.
 *  1. builds the project (npm run build:h5) unless --no-build; always builds and compresses the baseline;
 *  2. serves each with scripts/serve-h5.mjs (precompressed .br/.gz) on 127.0.0.1;
 *  3. runs Lighthouse 3 times on each (mobile defaults: simulated throttling; performance + accessibility),
 *     alternating app and baseline so load on the machine hits both alike, a fresh Chrome per run;
 *  4. prints the medians, the app/baseline ratios and the app's goals; writes artifacts/bench-h5.json.
 * Exits 0 when a goal is missed unless --strict. Chrome: $CHROME_PATH, else /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as chromeLauncher from 'chrome-launcher'
import { CHROME_PATH, CHROMIUM_FLAGS } from './chromium.mjs'
import lighthouse from 'lighthouse'
import { startH5Server } from './serve-h5.mjs'

const started = Date.now()
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const baselineRoot = path.join(root, 'bench/baseline')
const APPS = {
  app: { dir: path.join(root, 'dist/h5') },
  baseline: { dir: path.join(baselineRoot, 'dist') },
}
const RUNS = 3
const METRICS = [
  { key: 'performance', label: 'Performance score', unit: '', goal: { min: 98 } },
  { key: 'lcp', label: 'LCP (ms)', unit: ' ms', goal: { max: 1500 } },
  { key: 'tbt', label: 'TBT (ms)', unit: ' ms', goal: { max: 100 } },
  { key: 'cls', label: 'CLS', unit: '', goal: { max: 0.02 } },
  { key: 'bytes', label: 'Transfer bytes', unit: ' B' },
  { key: 'accessibility', label: 'Accessibility score', unit: '', goal: { min: 95 } },
]
const args = new Set(process.argv.slice(2))

// Everything that must stop even when a step throws or the run is interrupted: servers and Chrome.
const cleanups = new Set()
async function cleanUp() {
  for (const fn of [...cleanups].reverse()) {
    cleanups.delete(fn)
    await Promise.resolve()
      .then(fn)
      .catch((error) => console.error(`cleanup: ${error.message}`))
  }
}
// On a signal, stop what runs now and let main() unwind: it launches no further Chrome (a run half-way
// through its launch is killed as soon as it is up, since Chrome runs detached and would outlive us).
let stopped = null
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    stopped = { signal, code }
    console.error(`\n${signal}: stopping Chrome and the servers`)
    void cleanUp()
    setTimeout(() => process.exit(code), 20_000).unref()
  })
}

/** Runs a build step quietly (Taro's progress bars would bury the table); shows its output if it fails. */
function step(label, cmd, cmdArgs, cwd) {
  const t0 = Date.now()
  process.stdout.write(`${label} … `)
  try {
    execFileSync(cmd, cmdArgs, { cwd, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024, env: process.env })
  } catch (error) {
    console.log('failed')
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').slice(-60).join('\n')
    throw new Error(`${label} failed (${cmd} ${cmdArgs.join(' ')} in ${path.relative(root, cwd) || '.'}):\n${output}`)
  }
  console.log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
}

function build() {
  if (args.has('--no-build')) console.log(`--no-build: measuring the existing ${path.relative(root, APPS.app.dir)}`)
  else step('Building the project H5 (npm run build:h5)', 'npm', ['run', 'build:h5'], root)
  // The baseline has no package.json or node_modules: Taro's CLI and its plugins resolve from the
  // repository's node_modules, one level up the folder tree.
  step(
    'Building the baseline (taro build --type h5)',
    process.execPath,
    [path.join(root, 'node_modules/@tarojs/cli/bin/taro'), 'build', '--type', 'h5'],
    baselineRoot,
  )
  step('Compressing the baseline', process.execPath, ['scripts/compress-h5.mjs', 'bench/baseline/dist'], root)
}

/** A build served without its .br/.gz siblings would weigh far more than production: say so. */
function warnIfUncompressed(name, dir) {
  const missing = []
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(js|css|html)$/.test(entry.name) && !fs.existsSync(`${full}.br`)) missing.push(full)
    }
  }
  walk(dir)
  if (missing.length > 0)
    console.warn(`warning: ${name}: ${missing.length} files have no .br sibling (run node scripts/compress-h5.mjs)`)
}

const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b)
  if (sorted.length === 0) return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function lighthouseRun(url) {
  // handleSIGINT off: the handler above stops Chrome and the servers alike.
  if (stopped) throw new Error(`Stopped by ${stopped.signal}`)
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROMIUM_FLAGS,
    handleSIGINT: false,
  })
  const kill = () => chrome.kill()
  cleanups.add(kill)
  try {
    if (stopped) throw new Error(`Stopped by ${stopped.signal}`)
    const t0 = Date.now()
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
    })
    const { lhr } = result
    const audit = (id) => lhr.audits[id]?.numericValue ?? null
    const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details?.items
    const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100))
    return {
      seconds: Number(((Date.now() - t0) / 1000).toFixed(1)),
      performance: score('performance'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
      accessibility: score('accessibility'),
      fcp: audit('first-contentful-paint'),
      speedIndex: audit('speed-index'),
      failedAccessibilityAudits: lhr.categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => ref.id),
      // Where the numbers come from: the LCP element and its phases, the elements that shifted.
      lcpElement: lcpDetails?.[0]?.items?.[0]?.node?.selector ?? null,
      lcpPhases: Object.fromEntries(
        (lcpDetails?.[1]?.items ?? []).map((item) => [item.phase, Math.round(item.timing)]),
      ),
      layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => ({
        element: item.node?.selector ?? null,
        score: Number(item.score.toFixed(4)),
      })),
      runtimeError: lhr.runtimeError ?? null,
      runWarnings: lhr.runWarnings,
      lighthouseVersion: lhr.lighthouseVersion,
      userAgent: lhr.environment.hostUserAgent,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    }
  } finally {
    cleanups.delete(kill)
    kill()
  }
}

function format(metric, value) {
  if (value == null) return '—'
  if (metric.key === 'cls') return value.toFixed(3)
  if (metric.key === 'bytes') return `${value.toLocaleString('en-US')} (${(value / 1024).toFixed(1)} KB)`
  return String(Math.round(value))
}

function goalCheck(metric, value) {
  const { min, max } = metric.goal
  const target = min ?? max
  const text = `${min !== undefined ? '≥' : '≤'} ${target}${metric.unit}`
  if (value == null) return { text, met: false, status: 'NOT met (no value)' }
  const gap = min !== undefined ? target - value : value - target
  if (gap <= 0) return { text, met: true, status: 'met' }
  const shown = metric.key === 'cls' ? gap.toFixed(3) : String(Math.round(gap))
  return { text, met: false, status: `NOT met (${min !== undefined ? 'short by' : 'over by'} ${shown}${metric.unit})` }
}

function printTable(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)))
  const line = (row) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col])))
  console.log(line(rows[0]).join('  '))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows.slice(1)) console.log(line(row).join('  '))
}

async function main() {
  // chrome-launcher crashes the process with an unhandled 'error' event when the binary is missing.
  if (!fs.existsSync(CHROME_PATH)) throw new Error(`No Chrome at ${CHROME_PATH}: set CHROME_PATH.`)
  build()
  for (const [name, { dir }] of Object.entries(APPS)) warnIfUncompressed(name, dir)

  for (const app of Object.values(APPS)) {
    const server = await startH5Server({ dir: app.dir, port: 0, host: '127.0.0.1' })
    cleanups.add(server.close)
    app.url = `${server.url}/`
    app.runs = []
  }

  for (let i = 1; i <= RUNS; i += 1) {
    for (const [name, app] of Object.entries(APPS)) {
      const run = await lighthouseRun(app.url)
      app.runs.push(run)
      const problem = run.runtimeError ? `  runtime error: ${run.runtimeError.code} ${run.runtimeError.message}` : ''
      console.log(
        `Lighthouse ${name} run ${i}/${RUNS} (${run.seconds} s): performance ${run.performance}, LCP ${format(METRICS[1], run.lcp)} ms, TBT ${format(METRICS[2], run.tbt)} ms, CLS ${format(METRICS[3], run.cls)}, accessibility ${run.accessibility}${problem}`,
      )
    }
  }
  await cleanUp()

  for (const [name, app] of Object.entries(APPS)) {
    const valid = app.runs.filter((run) => !run.runtimeError)
    if (valid.length === 0) throw new Error(`Every Lighthouse run of the ${name} failed: see the runtime errors above.`)
    app.median = Object.fromEntries(METRICS.map((m) => [m.key, median(valid.map((run) => run[m.key]))]))
  }

  const { app, baseline } = APPS
  const goals = {}
  const rows = [['Metric (median of 3)', 'App', 'Baseline', 'App/baseline', 'App goal', 'Status']]
  for (const metric of METRICS) {
    const a = app.median[metric.key]
    const b = baseline.median[metric.key]
    const ratio = a != null && b ? a / b : null
    const check = metric.goal ? goalCheck(metric, a) : null
    if (check) goals[metric.key] = { goal: check.text, value: a, met: check.met, status: check.status }
    rows.push([
      metric.label,
      format(metric, a),
      format(metric, b),
      ratio == null ? '—' : `${ratio.toFixed(2)}×`,
      check?.text ?? '',
      check?.status ?? '',
    ])
  }

  console.log(`\nApp ${app.url} vs baseline ${baseline.url} (Lighthouse ${app.runs[0].lighthouseVersion}, mobile)`)
  printTable(rows)
  const missed = Object.values(goals).filter((g) => !g.met).length
  console.log(missed === 0 ? '\nAll app goals met.' : `\n${missed} of ${Object.keys(goals).length} app goals NOT met.`)

  const seconds = Number(((Date.now() - started) / 1000).toFixed(1))
  const report = {
    date: new Date().toISOString(),
    wallSeconds: seconds,
    built: !args.has('--no-build'),
    chrome: { path: CHROME_PATH, flags: CHROMIUM_FLAGS },
    lighthouse: { settings: 'default (mobile, simulated throttling)', categories: ['performance', 'accessibility'] },
    goals,
    ratios: Object.fromEntries(
      METRICS.map((m) => [
        m.key,
        app.median[m.key] != null && baseline.median[m.key] ? app.median[m.key] / baseline.median[m.key] : null,
      ]),
    ),
    app: { dir: path.relative(root, app.dir), median: app.median, runs: app.runs },
    baseline: { dir: path.relative(root, baseline.dir), median: baseline.median, runs: baseline.runs },
  }
  fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true })
  fs.writeFileSync(path.join(root, 'artifacts/bench-h5.json'), `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Wrote artifacts/bench-h5.json. Wall time ${seconds} s.`)
  return missed
}

try {
  const missed = await main()
  if (missed > 0 && args.has('--strict')) process.exitCode = 1
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = stopped?.code ?? 1
} finally {
  await cleanUp()
}
