import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { buildServer, type AppConfig } from '../../server/src/app'
import { migrate, openDb, type Db } from '../../server/src/db'
import { seed } from '../../server/src/seed'
import { createControlledClock, type ControlledClock } from '../../src/services/mock/mock-runtime'
import { TEST_NOW } from './test-api'

export const TEST_STAFF_TOKEN = 'test-staff-token-0123456789abcdef'

export const TEST_SERVER_CONFIG: AppConfig = {
  staffToken: TEST_STAFF_TOKEN,
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

/**
 * The reference server (server/) on a database of its own, seeded as of `TEST_NOW` with the city
 * simulated, on a free port. On PostgreSQL when `DATABASE_URL` is set (a fresh schema per server, so
 * tests do not see each other's rows; dropped on close), else on in-memory PGlite.
 */
export async function startReferenceServer(config: Partial<AppConfig> = {}): Promise<ReferenceServer> {
  const clock = createControlledClock(TEST_NOW)
  const databaseUrl = process.env.DATABASE_URL
  const schema = databaseUrl ? `test_${randomBytes(6).toString('hex')}` : undefined
  const db = await openDb({ databaseUrl, schema, poolSize: 4 })
  await migrate(db)
  await seed(db, clock)
  const app = await buildServer({ db, clock, config: { ...TEST_SERVER_CONFIG, ...config } })
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 })
  return {
    app,
    db,
    clock,
    baseUrl,
    async close() {
      await app.close()
      if (schema) await db.query(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
    },
  }
}
