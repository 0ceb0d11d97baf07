import { timingSafeEqual } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { CITY_IDS, type CityId } from '../../config/settings'
import { isServiceError } from '../../src/services/errors'
import { MAX_PHOTO_BYTES } from '../../src/services/letters/letters-schemas'
import type { Clock } from '../../src/services/mock/mock-runtime'
import type { ServerConfig } from './config'
import type { Db } from './db'
import { codeFor, errorBody, httpError } from './errors'
import { redact } from './redact'
import { registerCityRoutes } from './routes/city'
import { registerLetterRoutes } from './routes/letters'
import { registerOpen311Routes } from './routes/open311'
import { registerParticipationRoutes } from './routes/participation'
import { registerStaffRoutes } from './routes/staff'

/** What every route needs: the database, the server's now, and whether the city is simulated. */
export interface ServerContext {
  db: Db
  clock: Clock
  simulate: boolean
}

export type AppConfig = Pick<
  ServerConfig,
  | 'staffToken'
  | 'open311ApiKeys'
  | 'corsOrigins'
  | 'rateLimitPerMinute'
  | 'bodyLimitBytes'
  | 'citySimulation'
  | 'logLevel'
>

/** The city in a path, or 404: an unknown city is a thing that does not exist. */
export function cityParam(request: FastifyRequest): CityId {
  const { city } = request.params as { city?: string }
  if (!city || !(CITY_IDS as readonly string[]).includes(city)) throw httpError(404, 'Unknown city')
  return city as CityId
}

/** The `Idempotency-Key` header: 1–100 visible characters (a UUID from the device), else 400. */
export function idempotencyKey(request: FastifyRequest): string {
  const key = request.headers['idempotency-key']
  if (typeof key !== 'string' || !/^[\x21-\x7e]{1,100}$/.test(key)) {
    throw httpError(400, 'An Idempotency-Key header (1–100 visible characters) is required')
  }
  return key
}

/** The reference server: the HTTP contract (docs/http-contract.md), staff endpoints and Open311 (routes/open311.ts). */
export async function buildServer({
  db,
  clock,
  config,
  logStream,
}: {
  db: Db
  clock: Clock
  config: AppConfig
  /** Where logs go (stdout by default); tests read them to check what is redacted. */
  logStream?: NodeJS.WritableStream
}): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: config.bodyLimitBytes,
    // A client that stops sending halfway (a dropped phone, a slow-loris) is cut off, not waited for.
    requestTimeout: 30_000,
    // The router's own refusals (a malformed or over-long path) in the contract's shape too.
    frameworkErrors: (error, request, reply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400
      const message = status === 414 ? 'The path is too long' : 'The path is malformed'
      const body = request.url.startsWith('/open311/')
        ? [{ code: status, description: message }]
        : errorBody(codeFor(status), message)
      void (reply as FastifyReply).status(status).send(body)
    },
    // What Node's parser refuses before Fastify sees a request (headers or URL over 16 KB, a broken request).
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      if (error.code === 'ECONNRESET' || socket.destroyed) return
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400
      const body = JSON.stringify(errorBody(codeFor(status), STATUS_CODES[status] ?? 'Bad request'))
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      )
    },
    logger: {
      level: config.logLevel,
      stream: logStream,
      // Bodies are never logged; URLs and errors are masked (search words, ids in paths).
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: redact(req.url) }),
        err: (err: Error) => ({ type: err.name, message: redact(err.message), stack: redact(err.stack ?? '') }),
      },
      redact: ['req.headers.authorization'],
    },
  })

  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Accept', 'Content-Type', 'Idempotency-Key', 'Authorization'],
    credentials: false,
    maxAge: 600,
  })
  await app.register(rateLimit, {
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      ...errorBody('rate_limited', `Too many requests: at most ${context.max} a minute. Try again shortly.`),
    }),
  })

  // The contract's bodies are JSON (and a photo's multipart); plain text is refused with 415, not guessed at.
  app.removeContentTypeParser('text/plain')
  // A photo upload is the one large body: read whole, up to the photo limit plus the form's overhead.
  app.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES + 64 * 1024 },
    (_request, body, done) => done(null, body),
  )

  app.setErrorHandler((error: FastifyError & { error?: unknown }, request, reply) => {
    if (isServiceError(error) && error.status && error.status < 500) {
      return reply.status(error.status).send(errorBody(codeFor(error.status), error.message))
    }
    if (error.statusCode === 429 && error.error) return reply.status(429).send({ error: error.error })
    // Fastify's own refusals: malformed JSON, an empty or too-large body, an unknown content type.
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const message = error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'The body is not valid JSON' : error.message
      return reply.status(error.statusCode).send(errorBody(codeFor(error.statusCode), message))
    }
    request.log.error({ err: error }, 'request failed')
    return reply.status(500).send(errorBody('internal', 'Something went wrong on our side. Please try again.'))
  })
  app.setNotFoundHandler((_request, reply) => reply.status(404).send(errorBody('no_route', 'No such endpoint')))

  const context: ServerContext = { db, clock, simulate: config.citySimulation }
  registerCityRoutes(app, context)
  registerLetterRoutes(app, context)
  registerParticipationRoutes(app, context)
  await app.register(async (staff) => {
    staff.addHook('onRequest', async (request) => checkStaffToken(request, config.staffToken))
    registerStaffRoutes(staff, context)
  })
  await app.register(registerOpen311Routes, { prefix: '/open311/v2', context, apiKeys: config.open311ApiKeys })
  return app
}

/** `Authorization: Bearer <STAFF_TOKEN>`, compared in constant time. */
function checkStaffToken(request: FastifyRequest, token: string | undefined) {
  const header = request.headers.authorization
  if (!token) throw httpError(401, 'Staff endpoints are off: the server has no STAFF_TOKEN')
  if (!header?.startsWith('Bearer ')) throw httpError(401, 'A staff bearer token is required')
  const given = Buffer.from(header.slice('Bearer '.length))
  const expected = Buffer.from(token)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw httpError(403, 'Wrong staff token')
}
