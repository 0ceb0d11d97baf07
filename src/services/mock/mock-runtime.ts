import type { KeyValueStorage } from '../../shared/storage/key-value-storage'
import { ServiceError, type ServiceErrorKind } from '../errors'

/** A clock the tests control; the app uses the real one. */
export interface Clock {
  now(): number
}

export const systemClock: Clock = { now: () => Date.now() }

export interface ControlledClock extends Clock {
  set(ms: number): void
  advance(ms: number): void
}

export function createControlledClock(startMs: number): ControlledClock {
  let current = startMs
  return {
    now: () => current,
    set: (ms) => {
      current = ms
    },
    advance: (ms) => {
      current += ms
    },
  }
}

/**
 * The real time, moved forward on request: the H5 preview hands it to staff and the browser suite
 * (`__cityMock.clock.advance(ms)`) so they can watch the city work on a letter without waiting days.
 */
export function createShiftableClock(base: Clock = systemClock): ControlledClock {
  let shift = 0
  return {
    now: () => base.now() + shift,
    set: (ms) => {
      shift = ms - base.now()
    },
    advance: (ms) => {
      shift += ms
    },
  }
}

/** Simulated network delay in milliseconds, inclusive range; `{ min: 0, max: 0 }` in tests. */
export interface Latency {
  min: number
  max: number
}

export const DEFAULT_LATENCY: Latency = { min: 150, max: 400 }

/** Like the HTTP adapter's: a call that hangs longer than this fails as a timeout. */
export const DEFAULT_TIMEOUT_MS = 8000

/**
 * Fault injection: make the next calls fail the way a real network would, so every error state and
 * retry path can be reached without a server.
 */
export interface Faults {
  /** Fail the next `count` calls (default: every call until cleared) with this kind of error. */
  fail(kind: ServiceErrorKind, count?: number): void
  /** Calls hang this long before answering (on top of the latency); past the timeout they fail. */
  delay(ms: number): void
  /**
   * A flaky network: each call fails with this probability, half of them before the server acted
   * (network error) and half after it did but the answer was lost (timeout), which is what makes
   * idempotency keys necessary.
   */
  randomly(rate: number, random?: () => number): void
  clear(): void
  /** Consumed by the runtime at the start of each call. `afterAnswer`: the call takes effect, then fails. */
  take(): { error?: ServiceError; afterAnswer?: boolean; extraDelayMs: number }
}

export function createFaults(): Faults {
  let pending: { kind: ServiceErrorKind; remaining: number } | null = null
  let flaky: { rate: number; random: () => number } | null = null
  let extraDelayMs = 0
  return {
    fail(kind, count = Number.POSITIVE_INFINITY) {
      pending = { kind, remaining: count }
    },
    delay(ms) {
      extraDelayMs = Math.max(0, ms)
    },
    randomly(rate, random = Math.random) {
      flaky = { rate, random }
    },
    clear() {
      pending = null
      flaky = null
      extraDelayMs = 0
    },
    take() {
      if (flaky && flaky.random() < flaky.rate) {
        const afterAnswer = flaky.random() < 0.5
        const error = afterAnswer
          ? new ServiceError('timeout', 'Injected lost answer')
          : new ServiceError('network', 'Injected network fault')
        return { error, afterAnswer, extraDelayMs }
      }
      if (!pending || pending.remaining <= 0) return { extraDelayMs }
      pending.remaining -= 1
      const error = new ServiceError(
        pending.kind,
        `Injected ${pending.kind} fault`,
        pending.kind === 'server' ? 503 : undefined,
      )
      return { error, extraDelayMs }
    },
  }
}

export interface MockRuntime {
  clock: Clock
  faults: Faults
  /** Where the mock keeps a citizen's own data (Taro storage in the app). */
  storage: KeyValueStorage
  /** Runs one simulated call: waits the latency, applies injected faults, then answers. */
  call<T>(answer: () => T | Promise<T>): Promise<T>
  /** A copy, so callers can never mutate the mock's data through a returned object. */
  respond<T>(value: T): T
}

export interface MockRuntimeOptions {
  clock?: Clock
  latency?: Latency
  timeoutMs?: number
  faults?: Faults
  storage: KeyValueStorage
  random?: () => number
}

export function createMockRuntime(options: MockRuntimeOptions): MockRuntime {
  const clock = options.clock ?? systemClock
  const latency = options.latency ?? DEFAULT_LATENCY
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const faults = options.faults ?? createFaults()
  const random = options.random ?? Math.random
  const wait = (ms: number) => (ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve())

  return {
    clock,
    faults,
    storage: options.storage,
    async call(answer) {
      const { error, afterAnswer, extraDelayMs } = faults.take()
      const delay = latency.min + Math.round(random() * (latency.max - latency.min)) + extraDelayMs
      if (delay > timeoutMs) {
        await wait(timeoutMs)
        throw new ServiceError('timeout', `No answer within ${timeoutMs} ms`)
      }
      await wait(delay)
      if (error && !afterAnswer) throw error
      const result = await answer()
      if (error) throw error
      return result
    },
    respond: (value) => JSON.parse(JSON.stringify(value)),
  }
}
