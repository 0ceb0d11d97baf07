import * as v from 'valibot'

const OnOff = v.pipe(
  v.optional(v.picklist(['on', 'off']), 'off'),
  v.transform((value) => value === 'on'),
)
const Whole = (fallback: number, min: number, max: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.transform(Number),
    v.number(),
    v.integer(),
    v.minValue(min),
    v.maxValue(max),
  )

/** The server's settings, from the environment, checked in one place: a bad value stops the start. */
const ServerEnvSchema = v.object({
  HOST: v.optional(v.string(), '127.0.0.1'),
  PORT: Whole(8787, 0, 65535),
  /** PostgreSQL; without it, embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: v.optional(
    v.pipe(v.string(), v.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')),
  ),
  PGLITE_DIR: v.optional(v.string(), 'server/.data/pglite'),
  /** The staff endpoints' bearer token (at least 24 characters); without it they answer 401. */
  STAFF_TOKEN: v.optional(v.pipe(v.string(), v.minLength(24, 'STAFF_TOKEN must be at least 24 characters'))),
  /** Comma-separated keys that Open311 clients put in `api_key` to file requests; without any, filing is off. */
  OPEN311_API_KEYS: v.optional(v.string(), ''),
  /** Comma-separated origins a browser may call from (the H5 app's). */
  CORS_ORIGINS: v.optional(v.string(), 'http://127.0.0.1:10086,http://localhost:10086'),
  /** Requests per minute per client address. */
  RATE_LIMIT_PER_MINUTE: Whole(600, 1, 1_000_000),
  /** Largest JSON body, in bytes (photo uploads have their own limit). */
  BODY_LIMIT_BYTES: Whole(64 * 1024, 1024, 1024 * 1024),
  /**
   * `on`: the city's departments are simulated, as in the app's mock: each new letter and question is
   * handled on the same schedule (for previews and the contract suite). `off`: staff do it.
   */
  CITY_SIMULATION: OnOff,
  LOG_LEVEL: v.optional(v.picklist(['fatal', 'error', 'warn', 'info', 'debug', 'silent']), 'info'),
})

export interface ServerConfig {
  host: string
  port: number
  databaseUrl?: string
  pgliteDir: string
  staffToken?: string
  open311ApiKeys: string[]
  corsOrigins: string[]
  rateLimitPerMinute: number
  bodyLimitBytes: number
  citySimulation: boolean
  logLevel: string
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''))
  const parsed = v.safeParse(ServerEnvSchema, present)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    throw new Error(`${issue.path?.map((p) => String(p.key)).join('.') ?? 'config'}: ${issue.message}`)
  }
  const e = parsed.output
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    pgliteDir: e.PGLITE_DIR,
    staffToken: e.STAFF_TOKEN,
    open311ApiKeys: list(e.OPEN311_API_KEYS),
    corsOrigins: list(e.CORS_ORIGINS),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    citySimulation: e.CITY_SIMULATION,
    logLevel: e.LOG_LEVEL,
  }
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)
