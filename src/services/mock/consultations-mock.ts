/**
 * Public consultations (征求意见) in the app: each city's draft policies from the fixtures, dated from
 * the day the mock was made, and the citizen's comments, kept in `runtime.storage`. Nothing is logged.
 *
 * Rules the tests rely on:
 * - Dates: a fixture's `startDate`/`endDate` are the Beijing date of the clock's now when the mock was
 *   created plus `startDay`/`endDay`. A consultation is `open` from 00:00:00.000 Beijing on its start
 *   date to 23:59:59.999 Beijing on its end date (`endOfBeijingDay`), `closed` after, whatever the
 *   machine's time zone. Before its start it does not exist yet: not listed, and `not-found`.
 * - `listConsultations`: `status` must be `open` or `closed` (else 422). Open ones closing soonest
 *   first, closed ones closed most recently first (ties: id ascending, resp. descending). `limit` 1–50
 *   (default 10) and a malformed cursor are refused with 422; the cursor is the last item's place in
 *   the order, so a page never repeats an item of an earlier one.
 * - `commentCount` is the fixture's count plus the comments made on this device.
 * - `getConsultation`: unknown id → `not-found`. `feedback` (and `hasFeedback`) only once closed and
 *   its publication time (10:00 Beijing on its day) has come; null otherwise.
 * - `comment`: the same idempotency key (per city) answers the first receipt again, even after the
 *   deadline, and never counts twice, however the network fails. Otherwise: unknown or not yet started
 *   id → `not-found`; a comment that breaks `CommentSubmissionSchema` → 422 (the message names the
 *   field, never the text); after the deadline → 409 (`CONSULTATION_CLOSED_STATUS`). A receipt's id is
 *   `<consultation id>-<its commentCount>`; its `commentCount` includes it.
 * - Storage: one key per city, `mock:consultations:<city>`.
 */
import * as v from 'valibot'
import type { CityId } from '../../../config/settings'
import { beijingDate, endOfBeijingDay } from '../../shared/calendar/working-days'
import type { Page } from '../common-schemas'
import { CONSULTATION_CLOSED_STATUS, type ConsultationsPort } from '../consultations/consultations-port'
import {
  CONSULTATION_STATUSES,
  CommentSubmissionSchema,
  type CommentReceipt,
  type Consultation,
  type ConsultationStatus,
  type ConsultationSummary,
} from '../consultations/consultations-schemas'
import { ServiceError } from '../errors'
import { CONSULTATIONS, type SeedConsultation } from './fixtures/consultations'
import type { MockRuntime } from './mock-runtime'

const HOUR = 3_600_000
const DAY = 24 * HOUR

interface StoredComment extends CommentReceipt {
  text: string
}

interface CityComments {
  comments: StoredComment[]
  /** Idempotency key → receipt id. */
  keys: Record<string, string>
}

/** A Beijing date moved by whole days (computed in UTC, so the machine's zone plays no part). */
export const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10)
/** 00:00:00.000 Beijing on a date. */
export const startOfBeijingDay = (date: string) => endOfBeijingDay(shiftDate(date, -1)) + 1

function refuse(message: string): never {
  throw new ServiceError('server', message, 422)
}

/** The status as of `now`, or null before the start. */
export function statusAt(
  summary: Pick<ConsultationSummary, 'startDate' | 'endDate'>,
  now: number,
): ConsultationStatus | null {
  if (now < startOfBeijingDay(summary.startDate)) return null
  return now <= endOfBeijingDay(summary.endDate) ? 'open' : 'closed'
}

/** The receipt for the consultation's next comment: numbered by the count it brings the consultation to. */
export function nextCommentReceipt(
  consultation: Pick<ConsultationSummary, 'id' | 'commentCount'>,
  now: number,
): CommentReceipt {
  const commentCount = consultation.commentCount + 1
  return {
    id: `${consultation.id}-${commentCount}`,
    consultationId: consultation.id,
    submittedAt: new Date(now).toISOString(),
    commentCount,
  }
}

/** The consultations port over the fixtures and the device's storage; see the rules above. */
export function createConsultationsMock(runtime: MockRuntime): ConsultationsPort {
  const createdDay = beijingDate(runtime.clock.now())
  const storageKey = (cityId: CityId) => `mock:consultations:${cityId}`

  function load(cityId: CityId): CityComments {
    try {
      const stored = JSON.parse(runtime.storage.getItem(storageKey(cityId)) ?? 'null') as CityComments | null
      if (stored && Array.isArray(stored.comments)) return stored
    } catch {
      // Unreadable: start again rather than fail every call.
    }
    return { comments: [], keys: {} }
  }

  /** The consultation as of `now`, or null before its start. */
  function consultationOf(seed: SeedConsultation, data: CityComments, now: number): Consultation | null {
    const startDate = shiftDate(createdDay, seed.startDay)
    const endDate = shiftDate(createdDay, seed.endDay)
    const status = statusAt({ startDate, endDate }, now)
    if (!status) return null
    const publishedAt = seed.feedback && startOfBeijingDay(shiftDate(createdDay, seed.feedback.day)) + 10 * HOUR
    const feedback =
      seed.feedback && publishedAt && status === 'closed' && publishedAt <= now
        ? {
            publishedAt: new Date(publishedAt).toISOString(),
            html: seed.feedback.html,
            adoptedCount: seed.feedback.adoptedCount,
          }
        : null
    return {
      id: seed.id,
      title: seed.title,
      departmentId: seed.departmentId,
      summary: seed.summary,
      startDate,
      endDate,
      status,
      commentCount: seed.commentCount + data.comments.filter((c) => c.consultationId === seed.id).length,
      hasFeedback: feedback !== null,
      draftHtml: seed.draftHtml,
      feedback,
    }
  }

  /** A published consultation of the city as of `now`; `not-found` for an unknown or future one. */
  function find(cityId: CityId, id: string, data: CityComments, now: number): Consultation {
    const seed = CONSULTATIONS[cityId].find((c) => c.id === id)
    const consultation = seed && consultationOf(seed, data, now)
    if (!consultation) throw new ServiceError('not-found', `No consultation ${id}`, 404)
    return consultation
  }

  return {
    listConsultations: ({ city: cityId, status, cursor, limit = 10 }) =>
      runtime.call(() => {
        if (!CONSULTATION_STATUSES.includes(status)) refuse('status must be open or closed')
        if (!Number.isInteger(limit) || limit < 1 || limit > 50) refuse('limit must be a whole number from 1 to 50')
        const now = runtime.clock.now()
        const data = load(cityId)
        // Sorted by `endDate.id`: ascending for open ones (closing soonest), descending for closed ones.
        const key = (c: ConsultationSummary) => `${c.endDate}.${c.id}`
        const ascending = status === 'open'
        const comesAfter = (a: string, b: string) => (ascending ? a > b : a < b)
        if (cursor && !/^\d{4}-\d{2}-\d{2}\..+$/.test(cursor)) refuse('Malformed cursor')
        const matching = CONSULTATIONS[cityId]
          .map((seed) => consultationOf(seed, data, now))
          .filter((c): c is Consultation => c?.status === status)
          .map(({ draftHtml: _draft, feedback: _feedback, ...summary }): ConsultationSummary => summary)
          .sort((a, b) => (comesAfter(key(a), key(b)) ? 1 : -1))
          .filter((c) => !cursor || comesAfter(key(c), cursor))
        const items = matching.slice(0, limit)
        const last = items.at(-1)
        const page: Page<ConsultationSummary> = {
          items,
          nextCursor: last && matching.length > limit ? key(last) : null,
        }
        return runtime.respond(page)
      }),

    getConsultation: (cityId, id) =>
      runtime.call(() => {
        return runtime.respond(find(cityId, id, load(cityId), runtime.clock.now()))
      }),

    comment: (cityId, id, submission, idempotencyKey) =>
      runtime.call(() => {
        // Nothing awaits in here, so two sends of one key cannot both count.
        const data = load(cityId)
        const now = runtime.clock.now()
        const existing = data.comments.find((c) => c.id === data.keys[idempotencyKey])
        if (existing) {
          const { text: _text, ...receipt } = existing
          return runtime.respond(receipt)
        }
        const consultation = find(cityId, id, data, now)
        const parsed = v.safeParse(CommentSubmissionSchema, submission)
        if (!parsed.success) {
          // The field, never its value: the text is the citizen's.
          const field = parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'submission'
          refuse(`Comment refused: ${field}`)
        }
        if (consultation.status !== 'open') {
          throw new ServiceError('server', 'The consultation is closed', CONSULTATION_CLOSED_STATUS)
        }
        const receipt = nextCommentReceipt(consultation, now)
        data.comments.push({ ...receipt, text: parsed.output.text })
        data.keys[idempotencyKey] = receipt.id
        runtime.storage.setItem(storageKey(cityId), JSON.stringify(data))
        return runtime.respond(receipt)
      }),
  }
}
