import Taro from '@tarojs/taro'
import * as v from 'valibot'
import { ErrorBodySchema } from '../common-schemas'
import { ServiceError, isTransient } from '../errors'

export interface HttpClientOptions {
  /** e.g. `https://api.example.gov.cn/v1`, without a trailing slash. */
  baseUrl: string
  /** Per attempt, milliseconds. */
  timeoutMs?: number
  /** Extra attempts for GET after a network error, a timeout or a 5xx. Other methods never retry. */
  retries?: number
  /** First backoff in milliseconds; doubles on each retry. */
  backoffMs?: number
  sleep?: (ms: number) => Promise<void>
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>
  body?: unknown
  /** Sent as `Idempotency-Key`, so a retried POST creates one record, not two. */
  idempotencyKey?: string
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

/** A local file sent as one multipart/form-data field. */
export interface UploadOptions {
  /** A path from the platform's pickers (`Taro.chooseMedia`'s `tempFilePath`). */
  filePath: string
  /** The form field that carries the file. */
  name: string
}

export interface HttpClient {
  request<S extends v.GenericSchema>(
    method: Method,
    path: string,
    schema: S,
    options?: RequestOptions,
  ): Promise<v.InferOutput<S>>
  /**
   * POSTs a file with `Taro.uploadFile` and checks the JSON answer like `request` does: same timeout,
   * same error kinds. Never retried, like every POST.
   */
  upload<S extends v.GenericSchema>(path: string, file: UploadOptions, schema: S): Promise<v.InferOutput<S>>
}

function buildQuery(query: RequestOptions['query']): string {
  const parts = Object.entries(query ?? {})
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

function describeFailure(error: unknown): string {
  if (error && typeof error === 'object' && 'errMsg' in error) return String((error as { errMsg: unknown }).errMsg)
  return error instanceof Error ? error.message : String(error)
}

/** A Taro network call that failed before any answer (`request:fail …`, `uploadFile:fail timeout`). */
function transportFailure(error: unknown): ServiceError {
  const message = describeFailure(error)
  return new ServiceError(/timeout/i.test(message) ? 'timeout' : 'network', message)
}

/** Our own timeout around a Taro call: not every client honours the `timeout` option. */
async function withTimeout<T>(call: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ServiceError('timeout', `No answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    return await Promise.race([call.catch((error: unknown) => Promise.reject(transportFailure(error))), timeout])
  } finally {
    clearTimeout(timer)
  }
}

function parseJson(text: unknown, status: number): unknown {
  if (typeof text !== 'string') return text
  try {
    return JSON.parse(text)
  } catch {
    throw new ServiceError('invalid-response', 'The server sent something that is not JSON', status)
  }
}

/** A 2xx body checked against its schema, or the error an answer's status and body stand for. */
function readAnswer<S extends v.GenericSchema>(statusCode: number, data: unknown, schema: S): v.InferOutput<S> {
  if (statusCode >= 200 && statusCode < 300) {
    const parsed = v.safeParse(schema, parseJson(data, statusCode))
    if (!parsed.success) {
      const issue = parsed.issues[0]
      const where = issue.path?.map((p) => String(p.key)).join('.') || 'body'
      throw new ServiceError(
        'invalid-response',
        `Response does not match the contract at ${where}: ${issue.message}`,
        statusCode,
      )
    }
    return parsed.output as v.InferOutput<S>
  }
  let message = `HTTP ${statusCode}`
  try {
    const body = v.safeParse(ErrorBodySchema, parseJson(data, statusCode))
    if (body.success) message = body.output.error.message
  } catch {
    // An error page that is not JSON: the status says enough.
  }
  throw new ServiceError(statusCode === 404 ? 'not-found' : 'server', message, statusCode)
}

/**
 * `Taro.request` with what a real network needs: a timeout we enforce ourselves (not every client honours
 * the option), retries with backoff for GET only, and every response checked against its schema so a
 * malformed answer becomes a clear `invalid-response` error instead of a crash further down.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { baseUrl, timeoutMs = 8000, retries = 2, backoffMs = 300 } = options
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))

  async function attempt(method: Method, url: string, requestOptions: RequestOptions) {
    const header: Record<string, string> = { Accept: 'application/json' }
    if (requestOptions.body !== undefined) header['Content-Type'] = 'application/json'
    if (requestOptions.idempotencyKey) header['Idempotency-Key'] = requestOptions.idempotencyKey

    return withTimeout(
      Taro.request({
        url,
        method,
        header,
        timeout: timeoutMs,
        // Parse the body ourselves: clients differ in what they do with malformed JSON.
        dataType: 'text',
        responseType: 'text',
        data: requestOptions.body === undefined ? undefined : JSON.stringify(requestOptions.body),
      }),
      timeoutMs,
    )
  }

  async function once<S extends v.GenericSchema>(
    method: Method,
    url: string,
    schema: S,
    requestOptions: RequestOptions,
  ) {
    const { statusCode, data } = await attempt(method, url, requestOptions)
    return readAnswer(statusCode, data, schema)
  }

  return {
    async request(method, path, schema, requestOptions = {}) {
      const url = `${baseUrl}${path}${buildQuery(requestOptions.query)}`
      const attempts = method === 'GET' ? retries + 1 : 1
      for (let n = 1; ; n += 1) {
        try {
          return await once(method, url, schema, requestOptions)
        } catch (error) {
          const failure = error instanceof ServiceError ? error : new ServiceError('network', describeFailure(error))
          if (n >= attempts || !isTransient(failure)) throw failure
          await sleep(backoffMs * 2 ** (n - 1))
        }
      }
    },

    async upload(path, { filePath, name }, schema) {
      const { statusCode, data } = await withTimeout(
        Taro.uploadFile({
          url: `${baseUrl}${path}`,
          filePath,
          name,
          header: { Accept: 'application/json' },
          timeout: timeoutMs,
          // H5 sends cookies by default here but not with Taro.request; the API needs none, and a
          // credentialed cross-origin upload would need CORS headers the other endpoints do not.
          withCredentials: false,
        }),
        timeoutMs,
      )
      return readAnswer(statusCode, data, schema)
    },
  }
}
