/**
 * `npm run server`: the reference server on PostgreSQL (`DATABASE_URL`) or, without it, on embedded
 * PGlite in `PGLITE_DIR`. Migrates and seeds on start, so a fresh machine needs nothing else.
 */
import { mkdir } from 'node:fs/promises'
import { systemClock } from '../../src/services/mock/mock-runtime'
import { buildServer } from './app'
import { readConfig } from './config'
import { migrate, openDb } from './db'
import { seed } from './seed'

async function main() {
  const config = readConfig(process.env)
  if (!config.databaseUrl) await mkdir(config.pgliteDir, { recursive: true })
  const db = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.pgliteDir })
  const migrations = await migrate(db)
  const seeded = await seed(db, systemClock)
  const app = await buildServer({ db, clock: systemClock, config })
  const close = async () => {
    await app.close()
    await db.close()
    process.exit(0)
  }
  process.on('SIGINT', close)
  process.on('SIGTERM', close)
  await app.listen({ host: config.host, port: config.port })
  app.log.info(
    {
      database: db.kind === 'postgresql' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.pgliteDir}`,
      migrations,
      seeded,
      citySimulation: config.citySimulation,
      staff: Boolean(config.staffToken),
    },
    'reference server ready',
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
