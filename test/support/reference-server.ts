import { randomBytes } from 'node:crypto'
import type { PGlite } from '@electric-sql/pglite'
import type { FastifyInstance } from 'fastify'
import { buildServer, type AppConfig } from '../../server/src/app'
import { migrate, openDb, pgliteDb, type Db } from '../../server/src/db'
import { seed } from '../../server/src/seed'
import { createControlledClock, type ControlledClock } from '../../src/services/mock/mock-runtime'
import { TEST_NOW } from './test-api'

export const TEST_STAFF_TOKEN = 'test-staff-token-0123456789abcdef'

export const TEST_OPEN311_KEY = 'test-open311-key'

export const TEST_SERVER_CONFIG: AppConfig = {
  staffToken: TEST_STAFF_TOKEN,
  open311ApiKeys: [TEST_OPEN311_KEY],
  corsOrigins: ['http://127.0.0.1:10086'],
  rateLimitPerMinute: 100_000,
  bodyLimitBytes: 64 * 1024,
  citySimulation: true,
  logLevel: 'silent',
}

export interface ReferenceServer {
  app: FastifyInstance
  db: Db
  clock: ControlledClock
  baseUrl: string
  close(): Promise<void>
}

let pglite: Promise<PGlite> | undefined
/** One in-memory PGlite per test file: starting one takes seconds, a schema on it a moment. */
const sharedPglite = () => (pglite ??= import('@electric-sql/pglite').then(({ PGlite }) => PGlite.create()))

/** Closes the file's PGlite, if it started one (test/server/setup.ts, after each file). */
export async function closeSharedPglite() {
  const started = pglite
  pglite = undefined
  if (started) await (await started).close()
}

/**
 * The reference server (server/) on a database of its own, seeded as of `TEST_NOW` with the city
 * simulated, on a free port. On PostgreSQL when `DATABASE_URL` is set (a fresh schema per server, so
 * tests do not see each other's rows; dropped on close), else on a schema of the file's in-memory PGlite.
 */
export async function startReferenceServer(
  config: Partial<AppConfig> = {},
  { logStream }: { logStream?: NodeJS.WritableStream } = {},
): Promise<ReferenceServer> {
  const clock = createControlledClock(TEST_NOW)
  const databaseUrl = process.env.DATABASE_URL
  const schema = `test_${randomBytes(6).toString('hex')}`
  const db = databaseUrl
    ? await openDb({ databaseUrl, schema, poolSize: 4 })
    : await pgliteDb(await sharedPglite(), { schema, ownsInstance: false })
  await migrate(db)
  await seed(db, clock)
  const app = await buildServer({ db, clock, config: { ...TEST_SERVER_CONFIG, ...config }, logStream })
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    app,
    db,
    clock,
    baseUrl,
    async close() {
      // A client that gave up mid-request (the load test's timeouts) must not hold the close open.
      app.server.closeAllConnections()
      await app.close()
      await db.query(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
    },
  }
}
