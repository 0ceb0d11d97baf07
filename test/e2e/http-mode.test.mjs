/**
 * The letter journey once more, on an H5 build made in HTTP mode, against the reference server: the
 * same steps as the mock build's journey (letter-journey.mjs), and the case must really reach the
 * server. Builds into dist/e2e-http/h5 (the mock build in dist/h5 is untouched) with the API base on a
 * free port, then starts the server there on a fresh embedded PGlite. Nothing here is skipped: a
 * failed build or a server that does not start fails the suite.
 */
import { spawn } from 'node:child_process'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { startReferenceServer } from '../../scripts/dev-h5-http.mjs'
import { LETTER, letterSteps } from './letter-journey.mjs'
import { accessibilityScanner, current, shot, SMALL_PHONE, startApp } from './support.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const OUTPUT = 'dist/e2e-http/h5'
const CITY = 'shanghai'

/** A port nothing listens on now (the build must know the server's address before it starts). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address()
      probe.close(() => resolve(port))
    })
  })
}

/** `taro build --type h5` in HTTP mode; its output is shown only when it fails. */
function buildH5(apiBase) {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'h5'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        TARO_APP_API: 'http',
        TARO_APP_API_BASE: apiBase,
        TARO_APP_CITY: CITY,
        BUILD_OUTPUT_ROOT: OUTPUT,
      },
    })
    let output = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output = (output + chunk).slice(-20000)))
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output = (output + chunk).slice(-20000)))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`The HTTP-mode H5 build failed (${signal ?? `code ${code}`}):\n${output.slice(-4000)}`))
    })
  })
}

let app
let server
let pgliteDir
let buildMs
let serverMs
before(async () => {
  const port = await freePort()
  const apiBase = `http://127.0.0.1:${port}`
  const started = Date.now()
  await buildH5(apiBase)
  buildMs = Date.now() - started
  app = await startApp({ dir: path.join(root, OUTPUT) })
  pgliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-pglite-'))
  const serverStarted = Date.now()
  server = await startReferenceServer({
    captureLogs: true,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: '', // embedded PGlite even where CI has a PostgreSQL
      PGLITE_DIR: pgliteDir,
      STAFF_TOKEN: '',
      CITY_SIMULATION: 'on',
      CORS_ORIGINS: app.origin,
      RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'info',
    },
  })
  serverMs = Date.now() - serverStarted
  assert.equal(server.url, apiBase)
})

after(async () => {
  await app?.close()
  await server?.stop()
  if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true })
})

test('HTTP mode: a letter filed in the app reaches the reference server, and My letters tracks it', async (t) => {
  const started = Date.now()
  const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
  t.diagnostic(`HTTP-mode H5 build ${seconds(buildMs)}; reference server ready in ${seconds(serverMs)}`)
  const { page, context, errors } = await app.phone(SMALL_PHONE)
  // Every call the app makes to the server, and any that failed (a CORS refusal is one of these).
  const apiCalls = []
  const apiFailures = []
  page.on('response', (response) => {
    if (!response.url().startsWith(server.url)) return
    apiCalls.push(`${response.request().method()} ${new URL(response.url()).pathname}`)
    if (response.status() >= 400) apiFailures.push(`${response.status()} ${response.url()}`)
  })
  page.on('requestfailed', (request) => {
    if (request.url().startsWith(server.url)) apiFailures.push(`${request.failure()?.errorText} ${request.url()}`)
  })
  const { scan, throwFirst } = accessibilityScanner(page)
  const { fileLetter, findInMyLetters } = letterSteps(page, { scan, shotPrefix: 'http-' })

  await page.goto(app.url('/pages/interact/index'))
  const caseNumber = await fileLetter({ first: true })
  assert.ok(apiCalls.includes(`POST /cities/${CITY}/letters`), `the letter was POSTed to the server: ${apiCalls}`)

  // The server's departments work on the real clock: a case filed a moment ago is still waiting.
  const { row, state } = await findInMyLetters(caseNumber)
  assert.equal(state, '待受理')
  await row.click()
  await current(page).locator('.case__title', { hasText: LETTER.title }).waitFor({ timeout: 15000 })
  await current(page).getByText(caseNumber, { exact: false }).first().waitFor()
  await scan('tracking, HTTP mode')
  await shot(page, 'http-letters-tracking')

  // The case is the server's, not something the device kept: asked directly, it knows it.
  const response = await fetch(`${server.url}/cities/${CITY}/letters/${encodeURIComponent(caseNumber)}`)
  assert.equal(response.status, 200)
  const stored = await response.json()
  assert.equal(stored.caseNumber, caseNumber)
  assert.equal(stored.title, LETTER.title)
  assert.equal(stored.description, LETTER.description)
  assert.equal(stored.state, 'submitted')
  const text = JSON.stringify(stored)
  assert.ok(!text.includes(LETTER.mobile) && !text.includes(LETTER.contactName), 'no contact details come back')

  assert.deepEqual(apiFailures, [])
  assert.deepEqual(errors, [])
  t.diagnostic(`journey ${seconds(Date.now() - started)}; API calls: ${apiCalls.join(', ')}`)
  await context.close()
  throwFirst()
})
