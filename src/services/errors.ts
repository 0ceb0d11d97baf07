/**
 * Why a service call failed. The UI words each kind for the citizen; none of them is ever shown raw.
 * - network: no connection or the request could not be sent
 * - timeout: no answer within the time limit
 * - server: the server answered with an error (5xx, or a 4xx other than 404)
 * - invalid-response: the answer was not JSON or did not match the contract's schema
 * - not-found: the thing asked for does not exist (HTTP 404)
 */
export type ServiceErrorKind = 'network' | 'timeout' | 'server' | 'invalid-response' | 'not-found'

export class ServiceError extends Error {
  readonly kind: ServiceErrorKind
  /** HTTP status, when there was one. */
  readonly status?: number

  constructor(kind: ServiceErrorKind, message: string, status?: number) {
    super(message)
    this.name = 'ServiceError'
    this.kind = kind
    this.status = status
  }
}

export function isServiceError(error: unknown): error is ServiceError {
  return error instanceof ServiceError
}

/** Errors worth trying again for a safe request: the next attempt may well succeed. */
export function isTransient(error: ServiceError): boolean {
  return (
    error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'server' && (error.status ?? 500) >= 500)
  )
}
