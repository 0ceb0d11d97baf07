import type { CityId } from '../../../config/settings'
import { loadLettersConfig } from '../../../src/cities/letters/load-letters-config'
import { beijingDate } from '../../../src/shared/calendar/working-days'
import { ServiceError } from '../../../src/services/errors'
import type { Case, LetterSubmission, PublicReply, Rating } from '../../../src/services/letters/letters-schemas'
import {
  applyStep,
  canApply,
  IllegalStep,
  isPoorRating,
  type CaseStep,
} from '../../../src/services/letters/letters-workflow'
import {
  caseAt,
  checkSubmission,
  followUpFor,
  openCase,
  publicReplyOf,
  scriptFor,
  type ScheduledStep,
  type StoredCase,
} from '../../../src/services/mock/letters-mock'
import { isUniqueViolation, type Queryable } from '../db'
import { httpError } from '../errors'
import type { ServerContext } from '../app'

interface CaseRow {
  case_number: string
  letter: StoredCase['letter']
  submitted_at: Date
  due: string
}

const PHOTO_ID = /^photo-(\d{1,15})$/

/** Inserts steps in one statement (parameters only). */
export async function insertSteps(q: Queryable, caseNumber: string, steps: readonly ScheduledStep[]) {
  if (steps.length === 0) return
  const values = steps.map((_, i) => `($1, $${2 * i + 2}, $${2 * i + 3})`).join(', ')
  const params = steps.flatMap(({ at, step }) => [new Date(at), JSON.stringify(step)])
  await q.query(`INSERT INTO letter_steps (case_number, at, step) VALUES ${values}`, [caseNumber, ...params])
}

async function stepsOf(q: Queryable, caseNumbers: readonly string[]): Promise<Map<string, ScheduledStep[]>> {
  const rows = await q.query<{ case_number: string; at: Date; step: CaseStep }>(
    'SELECT case_number, at, step FROM letter_steps WHERE case_number = ANY($1) ORDER BY at, id',
    [caseNumbers],
  )
  const steps = new Map<string, ScheduledStep[]>()
  for (const row of rows) {
    const list = steps.get(row.case_number) ?? []
    list.push({ at: row.at.getTime(), step: row.step })
    steps.set(row.case_number, list)
  }
  return steps
}

async function storedCases(q: Queryable, rows: CaseRow[]): Promise<StoredCase[]> {
  const steps = await stepsOf(
    q,
    rows.map((r) => r.case_number),
  )
  return rows.map((row) => ({
    caseNumber: row.case_number,
    letter: row.letter,
    submittedAt: row.submitted_at.getTime(),
    due: row.due,
    steps: steps.get(row.case_number) ?? [],
  }))
}

/** One case of the city; `lock` holds its row until the transaction ends, so steps apply one at a time. */
async function findCase(q: Queryable, city: CityId, caseNumber: string, lock = false): Promise<StoredCase> {
  const rows = await q.query<CaseRow>(
    `SELECT case_number, letter, submitted_at, due FROM letter_cases WHERE city = $1 AND case_number = $2${lock ? ' FOR UPDATE' : ''}`,
    [city, caseNumber],
  )
  if (rows.length === 0) throw new ServiceError('not-found', `No case ${caseNumber}`, 404)
  return (await storedCases(q, rows))[0]
}

/** Every case of the city (the board and public replies read them all). */
export async function allCases(q: Queryable, city: CityId, onlyPublic = false): Promise<StoredCase[]> {
  const rows = await q.query<CaseRow>(
    `SELECT case_number, letter, submitted_at, due FROM letter_cases WHERE city = $1${onlyPublic ? ' AND is_public' : ''} ORDER BY submitted_at, case_number`,
    [city],
  )
  return storedCases(q, rows)
}

/** The city's cases with these numbers, those that exist. */
export async function casesNumbered(q: Queryable, city: CityId, caseNumbers: readonly string[]): Promise<StoredCase[]> {
  const rows = await q.query<CaseRow>(
    'SELECT case_number, letter, submitted_at, due FROM letter_cases WHERE city = $1 AND case_number = ANY($2) ORDER BY submitted_at',
    [city, caseNumbers],
  )
  return storedCases(q, rows)
}

export async function insertCase(q: Queryable, city: CityId, stored: StoredCase) {
  await q.query(
    'INSERT INTO letter_cases (case_number, city, letter, is_public, submitted_at, due) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      stored.caseNumber,
      city,
      JSON.stringify(stored.letter),
      stored.letter.isPublic,
      new Date(stored.submittedAt),
      stored.due,
    ],
  )
  await insertSteps(q, stored.caseNumber, stored.steps)
}

/** The next number of a counter (a day's case sequence, a city's question ids); the row lock serialises takers. */
export async function nextCount(q: Queryable, city: CityId, name: string): Promise<number> {
  const [row] = await q.query<{ value: number }>(
    `INSERT INTO counters (city, name, value) VALUES ($1, $2, 1)
     ON CONFLICT (city, name) DO UPDATE SET value = counters.value + 1 RETURNING value`,
    [city, name],
  )
  return row.value
}

async function caseForKey(q: Queryable, city: CityId, key: string): Promise<string | undefined> {
  const rows = await q.query<{ case_number: string }>(
    'SELECT case_number FROM letter_submissions WHERE city = $1 AND idempotency_key = $2',
    [city, key],
  )
  return rows[0]?.case_number
}

export function createLettersStore({ db, clock, simulate }: ServerContext) {
  async function file(city: CityId, submission: unknown, key: string): Promise<Case> {
    const config = await loadLettersConfig(city)
    return db.transaction(async (tx) => {
      const now = clock.now()
      const existing = await caseForKey(tx, city, key)
      if (existing) return caseAt(await findCase(tx, city, existing), now)
      const photos = await knownPhotos(tx, city, submission)
      const checked = checkSubmission(submission as LetterSubmission, config, photos)
      const sequence = await nextCount(tx, city, `case:${beijingDate(now)}`)
      const stored = openCase(checked, config, now, sequence)
      if (simulate) {
        const [earlier] = await tx.query<{ case_number: string }>(
          'SELECT case_number FROM letter_cases WHERE city = $1 ORDER BY submitted_at DESC, case_number DESC LIMIT 1',
          [city],
        )
        stored.steps = scriptFor(stored, config, earlier?.case_number)
      }
      await insertCase(tx, city, stored)
      // The key's primary key makes a second filing under the same key fail here, whatever the timing.
      await tx.query('INSERT INTO letter_submissions (city, idempotency_key, case_number) VALUES ($1, $2, $3)', [
        city,
        key,
        stored.caseNumber,
      ])
      return caseAt(stored, now)
    })
  }

  return {
    /** Files a letter once per idempotency key; a concurrent repeat answers the case the first one filed. */
    async submit(city: CityId, submission: unknown, key: string): Promise<Case> {
      try {
        return await file(city, submission, key)
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
        const existing = await caseForKey(db, city, key)
        if (!existing) throw error
        return caseAt(await findCase(db, city, existing), clock.now())
      }
    },

    async uploadPhoto(city: CityId, contentType: string, bytes: Buffer): Promise<{ id: string }> {
      const [row] = await db.query<{ n: string }>(
        'INSERT INTO letter_photos (city, content_type, bytes, uploaded_at) VALUES ($1, $2, $3, $4) RETURNING n',
        [city, contentType, bytes, new Date(clock.now())],
      )
      return { id: `photo-${row.n}` }
    },

    getCase: async (city: CityId, caseNumber: string) => caseAt(await findCase(db, city, caseNumber), clock.now()),

    rate: (city: CityId, caseNumber: string, rating: Rating, comment: string | undefined) =>
      db.transaction(async (tx) => {
        const stored = await findCase(tx, city, caseNumber, true)
        const now = clock.now()
        const current = caseAt(stored, now)
        if (!canApply(current, 'rate')) throw httpError(409, 'This case cannot be rated now')
        const steps: ScheduledStep[] = [
          { at: now, step: { kind: 'rate', rating, comment: comment?.trim() || undefined } },
        ]
        if (simulate && isPoorRating(rating) && !current.followedUp) steps.push(...followUpFor(current, now))
        await insertSteps(tx, caseNumber, steps)
        return caseAt({ ...stored, steps: [...stored.steps, ...steps] }, now)
      }),

    /**
     * A staff step (accept, assign, reply, …), checked against the case as of now by the workflow's
     * rules, inside a transaction that holds the case's row: two staff cannot both reply.
     */
    applyStaffStep: (city: CityId, caseNumber: string, step: (current: Case) => CaseStep) =>
      db.transaction(async (tx) => {
        const stored = await findCase(tx, city, caseNumber, true)
        const now = clock.now()
        const current = caseAt(stored, now)
        const next = step(current)
        if (!canApply(current, next.kind))
          throw httpError(409, `A case that is ${current.state} cannot take "${next.kind}"`)
        try {
          applyStep(current, next)
        } catch (error) {
          if (error instanceof IllegalStep) throw httpError(409, error.message)
          throw error
        }
        await insertSteps(tx, caseNumber, [{ at: now, step: next }])
        return caseAt({ ...stored, steps: [...stored.steps, { at: now, step: next }] }, now)
      }),

    async cases(city: CityId): Promise<Case[]> {
      const now = clock.now()
      return (await allCases(db, city)).map((stored) => caseAt(stored, now))
    },

    async publicReplies(city: CityId): Promise<PublicReply[]> {
      const now = clock.now()
      return (await allCases(db, city, true)).flatMap((stored) => publicReplyOf(caseAt(stored, now)) ?? [])
    },
  }
}

/** The submission's photo ids this city's upload issued (so another city's, or a made-up one, is refused). */
async function knownPhotos(q: Queryable, city: CityId, submission: unknown): Promise<string[]> {
  const photos = (submission as { photos?: unknown })?.photos
  if (!Array.isArray(photos)) return []
  const numbers = photos.flatMap((p) => (typeof p === 'string' && PHOTO_ID.test(p) ? [p.slice('photo-'.length)] : []))
  if (numbers.length === 0) return []
  const rows = await q.query<{ n: string }>('SELECT n FROM letter_photos WHERE city = $1 AND n = ANY($2::bigint[])', [
    city,
    numbers,
  ])
  return rows.map((r) => `photo-${r.n}`)
}

export type LettersStore = ReturnType<typeof createLettersStore>
