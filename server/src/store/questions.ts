import * as v from 'valibot'
import type { CityId } from '../../../config/settings'
import { loadInteractionConfig } from '../../../src/cities/interaction/load-interaction-config'
import { loadLettersConfig } from '../../../src/cities/letters/load-letters-config'
import { ServiceError } from '../../../src/services/errors'
import { askedQuestion, scriptFor, toQuestion, type StoredQuestion } from '../../../src/services/mock/questions-mock'
import { QuestionSubmissionSchema, type Question } from '../../../src/services/questions/questions-schemas'
import type { ServerContext } from '../app'
import { isUniqueViolation, type Queryable } from '../db'
import { httpError, parseInput } from '../errors'
import { nextCount } from './letters'

interface QuestionRow {
  id: string
  title: string
  body: string
  asked_by: string
  asked_at: Date
  chosen_department: string | null
  routed: StoredQuestion['routed']
  outcome: StoredQuestion['outcome']
  helpful_base: number
  helpful: number
}

const SELECT = `SELECT q.id, q.title, q.body, q.asked_by, q.asked_at, q.chosen_department, q.routed, q.outcome,
  q.helpful_base, (SELECT count(*)::int FROM question_helpful h WHERE h.city = q.city AND h.question_id = q.id) AS helpful
  FROM questions q WHERE q.city = $1`

function toStored(row: QuestionRow): { stored: StoredQuestion; helpful: number } {
  return {
    stored: {
      id: row.id,
      title: row.title,
      body: row.body,
      askedBy: row.asked_by,
      askedAt: row.asked_at.getTime(),
      chosen: row.chosen_department,
      routed: row.routed,
      outcome: row.outcome,
      helpfulBase: row.helpful_base,
    },
    helpful: row.helpful,
  }
}

/** The question as the contract shows it, with the devices' marks counted in the database. */
const questionOf = (row: QuestionRow, now: number): Question => {
  const { stored, helpful } = toStored(row)
  return toQuestion(stored, { [stored.id]: Array.from({ length: helpful }, String) }, now)
}

export async function insertQuestion(q: Queryable, city: CityId, stored: StoredQuestion) {
  await q.query(
    `INSERT INTO questions (city, id, title, body, asked_by, asked_at, chosen_department, routed, outcome, helpful_base)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      city,
      stored.id,
      stored.title,
      stored.body,
      stored.askedBy,
      new Date(stored.askedAt),
      stored.chosen,
      stored.routed && JSON.stringify(stored.routed),
      stored.outcome && JSON.stringify(stored.outcome),
      stored.helpfulBase,
    ],
  )
}

const DeviceIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/))

export function createQuestionsStore({ db, clock, simulate }: ServerContext) {
  async function find(q: Queryable, city: CityId, id: string): Promise<QuestionRow> {
    const [row] = await q.query<QuestionRow>(`${SELECT} AND q.id = $2`, [city, id])
    if (!row) throw new ServiceError('not-found', `No question ${id}`, 404)
    return row
  }

  async function keyed(q: Queryable, city: CityId, key: string) {
    const [row] = await q.query<{ question_id: string }>(
      'SELECT question_id FROM question_submissions WHERE city = $1 AND idempotency_key = $2',
      [city, key],
    )
    return row && questionOf(await find(q, city, row.question_id), clock.now())
  }

  async function ask(city: CityId, submission: unknown, key: string): Promise<Question> {
    const [letters, interaction] = await Promise.all([loadLettersConfig(city), loadInteractionConfig(city)])
    return db.transaction(async (tx) => {
      const existing = await keyed(tx, city, key)
      if (existing) return existing
      const question = parseInput(QuestionSubmissionSchema, submission, 'question')
      if (question.departmentId !== null && !letters.departments.some((d) => d.id === question.departmentId)) {
        throw httpError(422, 'Question refused: departmentId is not one of the city’s departments')
      }
      const now = clock.now()
      const asked = askedQuestion(letters.caseCode, await nextCount(tx, city, 'questions'), question, now)
      const stored: StoredQuestion = {
        ...asked,
        ...(simulate
          ? scriptFor(asked.id, question, now, city, letters, interaction)
          : { routed: null, outcome: null }),
      }
      await insertQuestion(tx, city, stored)
      await tx.query('INSERT INTO question_submissions (city, idempotency_key, question_id) VALUES ($1, $2, $3)', [
        city,
        key,
        stored.id,
      ])
      return toQuestion(stored, {}, now)
    })
  }

  return {
    all: async (city: CityId) => {
      const now = clock.now()
      return (await db.query<QuestionRow>(`${SELECT} ORDER BY q.seq`, [city])).map((row) => questionOf(row, now))
    },

    get: async (city: CityId, id: string) => questionOf(await find(db, city, id), clock.now()),

    async ask(city: CityId, submission: unknown, key: string): Promise<Question> {
      try {
        return await ask(city, submission, key)
      } catch (error) {
        const existing = isUniqueViolation(error) && (await keyed(db, city, key))
        if (existing) return existing
        throw error
      }
    },

    async markHelpful(city: CityId, id: string, body: unknown): Promise<{ helpfulCount: number }> {
      const question = questionOf(await find(db, city, id), clock.now())
      const deviceId = (body as { deviceId?: unknown } | null)?.deviceId
      parseInput(DeviceIdSchema, deviceId, 'deviceId: 8–64 letters, digits or hyphens')
      if (question.state !== 'answered') throw httpError(409, 'Only an answered question can be marked helpful')
      await db.query(
        'INSERT INTO question_helpful (city, question_id, device_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [city, id, deviceId],
      )
      return { helpfulCount: questionOf(await find(db, city, id), clock.now()).helpfulCount }
    },

    /** Staff answer a question in public: routed to the department now if it was not yet, answered now. */
    answer: (city: CityId, id: string, answer: { reply: string; departmentId?: string; topicId?: string }) =>
      db.transaction(async (tx) => {
        const [row] = await tx.query<QuestionRow>(`${SELECT} AND q.id = $2 FOR UPDATE OF q`, [city, id])
        if (!row) throw new ServiceError('not-found', `No question ${id}`, 404)
        const now = clock.now()
        const current = questionOf(row, now)
        if (current.state !== 'waiting') throw httpError(409, `The question is ${current.state} already`)
        const letters = await loadLettersConfig(city)
        const departmentId = answer.departmentId ?? current.departmentId
        if (!departmentId || !letters.departments.some((d) => d.id === departmentId)) {
          throw httpError(422, 'Name the answering department (departmentId): the question is not routed yet')
        }
        const routed = { at: now, departmentId, topicId: answer.topicId ?? current.topicId ?? 'other' }
        await tx.query('UPDATE questions SET routed = $3, outcome = $4 WHERE city = $1 AND id = $2', [
          city,
          id,
          JSON.stringify(routed),
          JSON.stringify({ at: now, reply: answer.reply }),
        ])
        return questionOf({ ...row, routed, outcome: { at: now, reply: answer.reply } }, now)
      }),
  }
}

export type QuestionsStore = ReturnType<typeof createQuestionsStore>
