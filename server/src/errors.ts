import * as v from 'valibot'
import { ServiceError } from '../../src/services/errors'

/** The contract's error body: `{ error: { code, message } }`. */
export const errorBody = (code: string, message: string) => ({ error: { code, message } })

const CODES: Record<number, string> = {
  400: 'bad_request',
  408: 'timeout',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  414: 'uri_too_long',
  431: 'headers_too_large',
  415: 'unsupported_media_type',
  422: 'invalid',
  429: 'rate_limited',
}
export const codeFor = (status: number) => CODES[status] ?? (status >= 500 ? 'internal' : 'bad_request')

/** An answer other than 2xx, thrown from a handler. */
export const httpError = (status: number, message: string) =>
  new ServiceError(status === 404 ? 'not-found' : 'server', message, status)

/**
 * A body or query checked with the contract's schema; a failure is 422 naming the field, never its value
 * (the value may be the citizen's words or identity number).
 */
export function parseInput<S extends v.GenericSchema>(schema: S, input: unknown, what: string): v.InferOutput<S> {
  const parsed = v.safeParse(schema, input)
  if (parsed.success) return parsed.output
  const where = parsed.issues[0].path?.map((p) => String(p.key)).join('.')
  throw httpError(422, `Invalid ${what}${where ? `: ${where}` : ''}`)
}
