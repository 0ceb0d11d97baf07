import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'

/** What a query can run on: the pool, or one transaction's connection. Parameters only, never spliced text. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>
}

export interface Db extends Queryable {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
  /** `postgresql` (a server through `DATABASE_URL`) or `pglite` (embedded). */
  readonly kind: 'postgresql' | 'pglite'
}

/** PostgreSQL's code for a unique or primary key violation. */
export const UNIQUE_VIOLATION = '23505'

export const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION

export interface OpenDbOptions {
  /** A PostgreSQL URL; without it, PGlite in `dataDir` (or in memory when that is absent too). */
  databaseUrl?: string
  dataDir?: string
  /** A schema of its own on a shared server, so test runs do not see each other's rows. */
  schema?: string
  /** Connections in the pool (PostgreSQL only). */
  poolSize?: number
}

export async function openDb({ databaseUrl, dataDir, schema, poolSize = 10 }: OpenDbOptions): Promise<Db> {
  assertSchemaName(schema)
  return databaseUrl ? openPostgres(databaseUrl, schema, poolSize) : openPglite(dataDir, schema)
}

function assertSchemaName(schema: string | undefined) {
  if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Bad schema name ${schema}`)
}

async function openPostgres(url: string, schema: string | undefined, max: number): Promise<Db> {
  const { Pool } = await import('pg')
  if (schema) {
    const admin = new Pool({ connectionString: url, max: 1 })
    await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`)
    await admin.end()
  }
  const pool = new Pool({ connectionString: url, max, options: schema ? `-c search_path=${schema}` : undefined })
  // An idle connection the server drops (a restart, a failover) must not take the process down.
  pool.on('error', () => undefined)
  return {
    kind: 'postgresql',
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    async transaction(work) {
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const result = await work({ query: async (sql, params) => (await client.query(sql, params as unknown[])).rows })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}

async function openPglite(dataDir: string | undefined, schema: string | undefined): Promise<Db> {
  const { PGlite } = await import('@electric-sql/pglite')
  return pgliteDb(await PGlite.create(dataDir), { schema, ownsInstance: true })
}

/**
 * A Db on an open PGlite instance, in `schema` when given. Tests share one instance (starting PGlite
 * takes seconds) with a schema each; the server owns its instance and closes it with the Db.
 */
export async function pgliteDb(
  pg: PGlite,
  { schema, ownsInstance }: { schema?: string; ownsInstance: boolean },
): Promise<Db> {
  assertSchemaName(schema)
  if (schema) await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`)
  return {
    kind: 'pglite',
    query: async (sql, params) => (await pg.query(sql, params as unknown[])).rows as never,
    // PGlite runs one transaction at a time, so these are serialised like the real server's row locks.
    transaction: (work) =>
      pg.transaction((tx) =>
        work({ query: async (sql, params) => (await tx.query(sql, params as unknown[])).rows as never }),
      ),
    close: async () => {
      if (ownsInstance) await pg.close()
    },
  }
}

/**
 * Applies the SQL files in server/migrations in name order, each once, recorded in `schema_migrations`.
 * The same files for PostgreSQL and PGlite.
 */
export async function migrate(db: Db, dir = join(__dirname, '..', 'migrations')): Promise<string[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  )
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name))
  const applied: string[] = []
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort()) {
    if (done.has(name)) continue
    const sql = await readFile(join(dir, name), 'utf8')
    await db.transaction(async (tx) => {
      for (const statement of splitStatements(sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name])
    })
    applied.push(name)
  }
  return applied
}

/** A migration file's statements (prepared statements take one each); no `;` inside our SQL's strings. */
const splitStatements = (sql: string) =>
  sql
    .replace(/--.*$/gm, '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
