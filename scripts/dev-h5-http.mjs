#!/usr/bin/env node
/**
 * npm run dev:h5:http — the H5 dev server (as `npm run dev:h5`, on 127.0.0.1:10086) built in HTTP mode
 * against the reference server, which this starts first (`tsx server/src/main.ts`):
 *   PORT (default 8787) and HOST are the server's; DATABASE_URL picks PostgreSQL, else embedded PGlite
 *   in PGLITE_DIR (default server/.data/pglite); CITY_SIMULATION defaults to `on`, so the city's
 *   departments answer letters as in the mock preview; TARO_APP_CITY picks the build city.
 * Ctrl-C or SIGTERM stops both. When either stops by itself, the other is stopped and this exits with
 * the code of the one that stopped.
 *
 * `startReferenceServer` is also how the browser suite starts the server (test/e2e/).
 */
import { spawn } from 'node:child_process'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules/.bin', name)

/** The contract's cheapest GET: it answers once the server has migrated, seeded and is listening. */
const READY_PATH = '/cities/shanghai/notices'
// The H5 dev server's address, as config/dev.ts sets it.
const APP_HOST = '127.0.0.1'
const APP_PORT = 10086

/** The process groups started here and still running. */
const running = new Set()
let stoppingOnSignal = false

/**
 * Children run in process groups of their own (below), so a Ctrl-C at the terminal does not reach
 * them: on SIGINT, SIGTERM or SIGHUP this process stops them, then lets the signal end it as usual.
 */
function stopChildrenOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    if (process.listeners(signal).some((listener) => listener.stopsChildren)) continue
    const listener = async () => {
      stoppingOnSignal = true
      await Promise.all([...running].map((group) => group.stop()))
      process.kill(process.pid, signal)
    }
    listener.stopsChildren = true
    process.once(signal, listener)
  }
}

/**
 * A child in its own process group, so stopping it also stops what it started (tsx runs the server
 * in a second node process; taro runs webpack). `exited` resolves with an exit code (128 + n after
 * a signal).
 */
function spawnGroup(command, args, { env, stdio = ['ignore', 'inherit', 'inherit'] }) {
  stopChildrenOnSignals()
  const child = spawn(command, args, { cwd: root, env, stdio, detached: true })
  const exited = new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`${path.basename(command)}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? 128 + (os.constants.signals[signal] ?? 0)))
  })
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {
      // Already gone.
    }
  }
  // If this process ends without stopping it (an uncaught error, process.exit), the group goes too.
  const killOnExit = () => signalGroup('SIGKILL')
  process.on('exit', killOnExit)
  let done = false
  const group = {
    child,
    exited,
    /** SIGTERM to the whole group; SIGKILL if it is still there after `graceMs`. */
    async stop(graceMs = 5000) {
      if (done || child.pid === undefined) return exited
      signalGroup('SIGTERM')
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs)
      const code = await exited
      clearTimeout(timer)
      // Whatever the group's leader left behind (it exited, its children may not have).
      signalGroup('SIGKILL')
      return code
    },
  }
  running.add(group)
  exited.then(() => {
    done = true
    running.delete(group)
    process.off('exit', killOnExit)
  })
  return group
}

async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
    await response.arrayBuffer()
    return response.ok
  } catch {
    return false
  }
}

/** Polls `url` until it answers 2xx; rejects if `exited` settles first or `timeoutMs` passes. */
async function waitUntilAnswering(url, exited, timeoutMs, what) {
  let gone
  exited.then((code) => (gone = code))
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (gone !== undefined) throw new Error(`${what} exited with code ${gone} before it answered ${url}`)
    if (await answers(url)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`)
}

/**
 * Something already on the port would answer the readiness check in the new server's place (an
 * `npm run server` left running, say): refuse to start instead.
 */
function assertPortFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`${host}:${port} is already in use: stop what listens there, or set PORT`)
          : error,
      ),
    )
    probe.listen(Number(port), host, () => probe.close(() => resolve()))
  })
}

/**
 * Starts the reference server and resolves once it answers. `env` is added to this process's
 * environment (PORT, PGLITE_DIR, CORS_ORIGINS, …). With `captureLogs`, its output is kept (and given
 * in the error when it fails to start) instead of shown.
 */
export async function startReferenceServer({ env = {}, captureLogs = false, readyTimeoutMs = 90000 } = {}) {
  const merged = { ...process.env, ...env }
  const port = merged.PORT || '8787'
  const host = !merged.HOST || merged.HOST === '0.0.0.0' || merged.HOST === '::' ? '127.0.0.1' : merged.HOST
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  await assertPortFree(host, port)
  let logs = ''
  const server = spawnGroup(bin('tsx'), ['server/src/main.ts'], {
    env: { ...merged, PORT: port },
    stdio: ['ignore', captureLogs ? 'pipe' : 'inherit', captureLogs ? 'pipe' : 'inherit'],
  })
  if (captureLogs) {
    const keep = (chunk) => {
      logs += chunk
      if (logs.length > 2_000_000) logs = logs.slice(-1_000_000)
    }
    server.child.stdout.setEncoding('utf8').on('data', keep)
    server.child.stderr.setEncoding('utf8').on('data', keep)
  }
  try {
    await waitUntilAnswering(url + READY_PATH, server.exited, readyTimeoutMs, 'The reference server')
  } catch (error) {
    await server.stop()
    const tail = captureLogs ? `\n--- server output ---\n${logs.slice(-4000)}` : ''
    throw new Error(`${error.message}${tail}`)
  }
  return { url, exited: server.exited, stop: () => server.stop(), logs: () => logs }
}

async function main() {
  const env = { ...process.env, CITY_SIMULATION: process.env.CITY_SIMULATION || 'on' }
  const database = env.DATABASE_URL
    ? 'PostgreSQL (DATABASE_URL)'
    : `PGlite in ${env.PGLITE_DIR || 'server/.data/pglite'}`
  console.log(`dev:h5:http: starting the reference server (${database}, city simulation ${env.CITY_SIMULATION}) …`)

  let server
  try {
    // Taro would move to another port if this one is taken, where the server's CORS would refuse it.
    await assertPortFree(APP_HOST, APP_PORT)
    server = await startReferenceServer({ env })
  } catch (error) {
    if (stoppingOnSignal) return
    console.error(`dev:h5:http: ${error.message}`)
    process.exit(1)
  }
  const city = env.TARO_APP_CITY || 'shanghai'
  console.log(`dev:h5:http: reference server ready at ${server.url}; starting the H5 dev server (city ${city}) …`)

  const taro = spawnGroup(bin('taro'), ['build', '--type', 'h5', '--watch'], {
    env: { ...env, TARO_APP_API: 'http', TARO_APP_API_BASE: server.url },
  })

  // When one stops by itself, stop the other and exit with the code of the one that stopped.
  let ending = false
  const endWhenExited = (what, other) => async (code) => {
    if (ending || stoppingOnSignal) return
    ending = true
    console.error(`dev:h5:http: ${what} exited (code ${code}); stopping the other.`)
    await other.stop()
    process.exit(code)
  }
  server.exited.then(endWhenExited('the reference server', taro))
  taro.exited.then(endWhenExited('the H5 dev server', server))

  const appUrl = `http://${APP_HOST}:${APP_PORT}`
  waitUntilAnswering(appUrl, taro.exited, 300000, 'The H5 dev server').then(
    () =>
      console.log(
        [
          '',
          'dev:h5:http is running (Ctrl-C stops both):',
          `  app     ${appUrl}   (H5 dev server, TARO_APP_API=http, city ${city})`,
          `  server  ${server.url}    (reference server; the app calls it, e.g. ${server.url}/cities/${city}/notices)`,
          '',
        ].join('\n'),
      ),
    (error) => {
      if (!ending && !stoppingOnSignal) console.error(`dev:h5:http: ${error.message}`)
    },
  )
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()
