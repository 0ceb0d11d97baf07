/**
 * npm run bench:server — throughput and latency of the reference server on loopback: a feed page read
 * and a letter submit, each for a fixed time at a fixed concurrency. On PostgreSQL when DATABASE_URL is
 * set (a schema of its own, dropped after), else on embedded PGlite. The client runs in this process,
 * so on a 2-core machine it shares the CPU with the server: the figures are a floor, not a ceiling.
 *   npm run bench:server -- [seconds per endpoint, default 10] [concurrency, default 32]
 */
import { randomBytes } from 'node:crypto'
import { systemClock } from '../src/services/mock/mock-runtime'
import { SAMPLE_LETTER } from '../test/support/sample-letter'
import { buildServer } from '../server/src/app'
import { migrate, openDb } from '../server/src/db'
import { seed } from '../server/src/seed'

const seconds = Number(process.argv[2] ?? 10)
const concurrency = Number(process.argv[3] ?? 32)

async function measure(name: string, request: (i: number) => Promise<Response>) {
  const latencies: number[] = []
  let failures = 0
  let next = 0
  const end = Date.now() + seconds * 1000
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now()
        const response = await request(next++)
        await response.arrayBuffer()
        if (response.status === 200) latencies.push(performance.now() - started)
        else failures += 1
      }
    }),
  )
  latencies.sort((a, b) => a - b)
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1)
  console.log(
    `${name.padEnd(22)} ${(latencies.length / seconds).toFixed(0).padStart(6)} req/s   p50 ${at(0.5)} ms   p99 ${at(0.99)} ms   (${latencies.length} ok, ${failures} failed)`,
  )
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL
  const schema = `bench_${randomBytes(4).toString('hex')}`
  const db = await openDb({ databaseUrl, schema: databaseUrl ? schema : undefined, poolSize: 20 })
  await migrate(db)
  await seed(db, systemClock)
  const app = await buildServer({
    db,
    clock: systemClock,
    config: {
      corsOrigins: [],
      open311ApiKeys: [],
      rateLimitPerMinute: 100_000_000,
      bodyLimitBytes: 64 * 1024,
      citySimulation: false,
      logLevel: 'silent',
    },
  })
  const base = await app.listen({ host: '127.0.0.1', port: 0 })
  console.log(
    `reference server on ${databaseUrl ? 'PostgreSQL' : 'PGlite (in memory)'}; ${seconds} s per endpoint, ${concurrency} concurrent`,
  )
  try {
    await measure('GET feed page', () => fetch(`${base}/cities/shanghai/columns/latest/articles?limit=10`))
    const body = JSON.stringify(SAMPLE_LETTER)
    await measure('POST letter', (i) =>
      fetch(`${base}/cities/shanghai/letters`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `${schema}-${i}` },
        body,
      }),
    )
  } finally {
    await app.close()
    if (databaseUrl) await db.query(`DROP SCHEMA ${schema} CASCADE`)
    await db.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
