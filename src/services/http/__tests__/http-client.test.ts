/**
 * @jest-environment node
 */
import * as v from 'valibot'
import { startLocalServer, sendJson, type Handler } from '../../../../test/support/local-server'
import { ServiceError } from '../../errors'
import { createHttpClient } from '../http-client'

const Greeting = v.object({ message: v.string() })

let handler: Handler
let server: Awaited<ReturnType<typeof startLocalServer>>
const requests: { method: string; url: string; headers: Record<string, unknown>; body: string }[] = []

beforeAll(async () => {
  server = await startLocalServer((req, res, body) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body })
    return handler(req, res, body)
  })
})
afterAll(() => server.close())
beforeEach(() => {
  requests.length = 0
})

const client = (options: Partial<Parameters<typeof createHttpClient>[0]> = {}) =>
  createHttpClient({ baseUrl: server.baseUrl, timeoutMs: 1000, retries: 2, backoffMs: 1, ...options })

async function failureOf(promise: Promise<unknown>): Promise<ServiceError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ServiceError) return error
    throw new Error(`Expected a ServiceError, got ${String(error)}`)
  }
  throw new Error('Expected the request to fail')
}

test('a valid answer is parsed and typed, with the query string encoded', async () => {
  handler = (_req, res) => sendJson(res, 200, { message: '你好' })
  await expect(
    client().request('GET', '/greeting', Greeting, { query: { q: '社保 查询', empty: '', none: undefined } }),
  ).resolves.toEqual({
    message: '你好',
  })
  expect(requests[0].url).toBe('/greeting?q=%E7%A4%BE%E4%BF%9D%20%E6%9F%A5%E8%AF%A2')
})

test('404 is a not-found error carrying the server’s message, and is not retried', async () => {
  handler = (_req, res) => sendJson(res, 404, { error: { code: 'not_found', message: 'No article x' } })
  const error = await failureOf(client().request('GET', '/articles/x', Greeting))
  expect(error).toMatchObject({ kind: 'not-found', status: 404, message: 'No article x' })
  expect(requests).toHaveLength(1)
})

test('500 on GET is retried with backoff, then reported as a server error', async () => {
  handler = (_req, res) => sendJson(res, 500, { error: { code: 'boom', message: 'Internal error' } })
  const sleeps: number[] = []
  const error = await failureOf(
    client({ backoffMs: 100, sleep: async (ms) => void sleeps.push(ms) }).request('GET', '/x', Greeting),
  )
  expect(error).toMatchObject({ kind: 'server', status: 500 })
  expect(requests).toHaveLength(3)
  expect(sleeps).toEqual([100, 200])
})

test('a GET that fails once and then succeeds recovers without the caller noticing', async () => {
  let calls = 0
  handler = (_req, res) =>
    ++calls === 1
      ? sendJson(res, 503, { error: { code: 'busy', message: 'Busy' } })
      : sendJson(res, 200, { message: 'ok' })
  await expect(client().request('GET', '/flaky', Greeting)).resolves.toEqual({ message: 'ok' })
  expect(requests).toHaveLength(2)
})

test('POST is never retried, and carries its body and idempotency key', async () => {
  handler = (_req, res) => sendJson(res, 500, { error: { code: 'boom', message: 'Internal error' } })
  const error = await failureOf(
    client().request('POST', '/letters', Greeting, { body: { title: '路灯不亮' }, idempotencyKey: 'key-123' }),
  )
  expect(error.kind).toBe('server')
  expect(requests).toHaveLength(1)
  expect(requests[0].headers['idempotency-key']).toBe('key-123')
  expect(requests[0].headers['content-type']).toBe('application/json')
  expect(JSON.parse(requests[0].body)).toEqual({ title: '路灯不亮' })
})

test('no answer within the time limit is a timeout error (retried for GET)', async () => {
  handler = () => undefined // never answers
  const started = Date.now()
  const error = await failureOf(client({ timeoutMs: 150, retries: 1 }).request('GET', '/slow', Greeting))
  expect(error.kind).toBe('timeout')
  expect(requests).toHaveLength(2)
  expect(Date.now() - started).toBeLessThan(2000)
})

test('malformed JSON is an invalid-response error, not a crash', async () => {
  handler = (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' })
    res.end('{"message": "cut off')
  }
  const error = await failureOf(client().request('GET', '/broken', Greeting))
  expect(error.kind).toBe('invalid-response')
  expect(requests).toHaveLength(1)
})

test('a body that does not match the schema is an invalid-response error naming the field', async () => {
  handler = (_req, res) => sendJson(res, 200, { message: 42 })
  const error = await failureOf(client().request('GET', '/wrong-shape', Greeting))
  expect(error.kind).toBe('invalid-response')
  expect(error.message).toContain('message')
})

test('an unreachable server is a network error after the GET retries', async () => {
  const unreachable = await startLocalServer(() => undefined)
  await unreachable.close()
  const error = await failureOf(
    createHttpClient({ baseUrl: unreachable.baseUrl, retries: 1, backoffMs: 1 }).request('GET', '/x', Greeting),
  )
  expect(error.kind).toBe('network')
})

test('an error page that is not JSON still gives a server error with the status', async () => {
  handler = (_req, res) => {
    res.writeHead(502, { 'Content-Type': 'text/html' })
    res.end('<html>Bad gateway</html>')
  }
  const error = await failureOf(client({ retries: 0 }).request('GET', '/gateway', Greeting))
  expect(error).toMatchObject({ kind: 'server', status: 502, message: 'HTTP 502' })
})
