/**
 * Letters under load on loopback, bounded in count and time: many citizens submit at once, their
 * phones time out and retry with the same Idempotency-Key, some send twice. Every submission the
 * server accepted must be stored exactly once. Then the fault test: the server process is killed in
 * the middle of such a load and started again; no letter it acknowledged may be missing.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLE_LETTER } from '../support/sample-letter'
import { seeded } from '../support/seeded-random'
import { startReferenceServer, type ReferenceServer } from '../support/reference-server'

const LETTERS = 200
const CONCURRENCY = 16

type Outcome = { key: string; caseNumbers: string[] }

/**
 * One citizen's submission: attempts until one is answered (at most `maxAttempts`), each with a random
 * client timeout; sometimes sends again after an answer, as a double tap does.
 */
async function submitWithRetries(baseUrl: () => string, key: string, random: () => number, maxAttempts = 30) {
  const outcome: Outcome = { key, caseNumbers: [] }
  const letter = { ...SAMPLE_LETTER, title: `负载测试 ${key}`.slice(0, 50) }
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const timeoutMs = random() < 0.3 ? 5 + Math.floor(random() * 40) : 10_000
    try {
      const response = await fetch(`${baseUrl()}/cities/shanghai/letters`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(letter),
        signal: AbortSignal.timeout(timeoutMs),
      })
      if (response.status === 200) {
        outcome.caseNumbers.push(((await response.json()) as { caseNumber: string }).caseNumber)
        if (random() < 0.8) return outcome
        continue // a double tap: the same key again
      }
      await response.arrayBuffer()
      if (response.status < 500 && response.status !== 429) throw new Error(`Refused with ${response.status}`)
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('Refused')) throw error
      // Timed out, or the server went away: wait a little and try again with the same key.
    }
    await new Promise((resolve) => setTimeout(resolve, 10 + random() * 50))
  }
  return outcome
}

/** Runs `work` for each index, at most `concurrency` at a time. */
async function pool<T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = []
  let next = 0
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const index = next++
        results[index] = await work(index)
      }
    }),
  )
  return results
}

interface StoredRow {
  idempotency_key: string
  case_number: string
}

/** Every accepted key answered one case number, and the database holds each key once, with its case. */
function expectStoredExactlyOnce(outcomes: Outcome[], stored: StoredRow[], casesWithTitle: number) {
  const byKey = new Map(stored.map((row) => [row.idempotency_key, row.case_number]))
  expect(byKey.size).toBe(stored.length) // a key stored twice would collapse here
  const accepted = outcomes.filter((o) => o.caseNumbers.length > 0)
  for (const outcome of accepted) {
    expect(new Set(outcome.caseNumbers).size).toBe(1)
    expect(byKey.get(`${outcome.key}`)).toBe(outcome.caseNumbers[0])
  }
  // No case without its key: as many cases as keys stored, none filed twice.
  expect(casesWithTitle).toBe(stored.length)
  return accepted.length
}

// Inside a describe, so the server closes before the file's shared database does (test/server/setup.ts).
describe('letters under load', () => {
  let server: ReferenceServer
  beforeAll(async () => {
    server = await startReferenceServer({ citySimulation: false })
  })
  afterAll(() => server.close())

  it(`stores each of ${LETTERS} accepted submissions exactly once, through timeouts, retries and double taps`, async () => {
    const random = seeded(20261206)
    const started = Date.now()
    const outcomes = await pool(LETTERS, CONCURRENCY, (i) =>
      submitWithRetries(() => server.baseUrl, `load-${i}`, random),
    )
    // Requests the clients gave up on may still be finishing on the server.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const stored = await server.db.query<StoredRow>(
      "SELECT idempotency_key, case_number FROM letter_submissions WHERE idempotency_key LIKE 'load-%'",
    )
    const [{ count }] = await server.db.query<{ count: string }>(
      "SELECT count(*) FROM letter_cases WHERE letter->>'title' LIKE '负载测试 load-%'",
    )
    const accepted = expectStoredExactlyOnce(outcomes, stored, Number(count))
    expect(accepted).toBe(LETTERS) // with 30 attempts each, every citizen got through
    console.log(`load: ${LETTERS} letters, ${accepted} accepted, stored once each, in ${Date.now() - started} ms`)
  }, 120_000)
})

/** A port nothing listens on now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.on('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

describe('the server killed mid-load', () => {
  const pgliteDir = mkdtempSync(join(tmpdir(), 'fault-pglite-'))
  let child: ChildProcess | undefined
  let port: number

  /** `npm run server` as a process of its own, on DATABASE_URL or on PGlite in a folder of the test's. */
  async function startServerProcess() {
    child = spawn(join(process.cwd(), 'node_modules/.bin/tsx'), ['server/src/main.ts'], {
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        PGLITE_DIR: pgliteDir,
        RATE_LIMIT_PER_MINUTE: '1000000',
        CITY_SIMULATION: 'off',
        LOG_LEVEL: 'warn',
      },
      stdio: 'ignore',
      // A group of its own: tsx runs the server in a second process, and the kill must reach it.
      detached: true,
    })
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/cities/shanghai/notices`)).ok) return
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error('The server did not start within 60 s')
  }

  beforeAll(async () => {
    port = await freePort()
    await startServerProcess()
  }, 90_000)
  afterAll(() => {
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
    rmSync(pgliteDir, { recursive: true, force: true })
  })

  it('loses no acknowledged letter when the process is killed and started again', async () => {
    const random = seeded(311)
    const run = `fault-${Date.now()}`
    const baseUrl = () => `http://127.0.0.1:${port}`
    const load = pool(120, 8, (i) => submitWithRetries(baseUrl, `${run}-${i}`, random, 200))
    // Kill it once some letters are acknowledged and others are in flight.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    const exited = new Promise((resolve) => child!.once('exit', resolve))
    process.kill(-child!.pid!, 'SIGKILL')
    await exited
    expect(await fetch(`${baseUrl()}/cities/shanghai/notices`).catch(() => 'gone')).toBe('gone')
    await startServerProcess()
    const outcomes = await load

    const acknowledged = outcomes.filter((o) => o.caseNumbers.length > 0)
    expect(acknowledged.length).toBe(120)
    for (const outcome of acknowledged) {
      const response = await fetch(`${baseUrl()}/cities/shanghai/letters/${outcome.caseNumbers[0]}`)
      expect(response.status).toBe(200)
      expect(((await response.json()) as { title: string }).title).toBe(`负载测试 ${outcome.key}`.slice(0, 50))
      expect(new Set(outcome.caseNumbers).size).toBe(1)
    }
  }, 180_000)
})
