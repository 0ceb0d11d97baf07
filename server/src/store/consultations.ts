import type { CityId } from '../../../config/settings'
import { CONSULTATION_CLOSED_STATUS } from '../../../src/services/consultations/consultations-port'
import {
  CommentSubmissionSchema,
  type CommentReceipt,
  type Consultation,
} from '../../../src/services/consultations/consultations-schemas'
import { ServiceError } from '../../../src/services/errors'
import { nextCommentReceipt, statusAt } from '../../../src/services/mock/consultations-mock'
import type { ServerContext } from '../app'
import { isUniqueViolation, type Queryable } from '../db'
import { httpError, parseInput } from '../errors'

interface ConsultationRow {
  id: string
  title: string
  department_id: string
  summary: string
  start_date: string
  end_date: string
  earlier_comments: number
  draft_html: string
  feedback: Consultation['feedback']
  comments: number
}

const SELECT = `SELECT c.id, c.title, c.department_id, c.summary, c.start_date, c.end_date, c.earlier_comments,
  c.draft_html, c.feedback,
  (SELECT count(*)::int FROM consultation_comments m WHERE m.city = c.city AND m.consultation_id = c.id) AS comments
  FROM consultations c WHERE c.city = $1`

/** The consultation as of `now`, or null before its start (not published yet). */
function consultationOf(row: ConsultationRow, now: number): Consultation | null {
  const status = statusAt({ startDate: row.start_date, endDate: row.end_date }, now)
  if (!status) return null
  const feedback =
    row.feedback && status === 'closed' && Date.parse(row.feedback.publishedAt) <= now ? row.feedback : null
  return {
    id: row.id,
    title: row.title,
    departmentId: row.department_id,
    summary: row.summary,
    startDate: row.start_date,
    endDate: row.end_date,
    status,
    commentCount: row.earlier_comments + row.comments,
    hasFeedback: feedback !== null,
    draftHtml: row.draft_html,
    feedback,
  }
}

export function createConsultationsStore({ db, clock }: ServerContext) {
  async function find(q: Queryable, city: CityId, id: string, lock = false): Promise<Consultation> {
    const [row] = await q.query<ConsultationRow>(`${SELECT} AND c.id = $2${lock ? ' FOR UPDATE OF c' : ''}`, [city, id])
    const consultation = row && consultationOf(row, clock.now())
    if (!consultation) throw new ServiceError('not-found', `No consultation ${id}`, 404)
    return consultation
  }

  async function receiptFor(q: Queryable, city: CityId, key: string): Promise<CommentReceipt | undefined> {
    const [row] = await q.query<{ id: string; consultation_id: string; submitted_at: Date; comment_count: number }>(
      'SELECT id, consultation_id, submitted_at, comment_count FROM consultation_comments WHERE city = $1 AND idempotency_key = $2',
      [city, key],
    )
    return (
      row && {
        id: row.id,
        consultationId: row.consultation_id,
        submittedAt: row.submitted_at.toISOString(),
        commentCount: row.comment_count,
      }
    )
  }

  const comment = (city: CityId, id: string, submission: unknown, key: string) =>
    db.transaction(async (tx): Promise<CommentReceipt> => {
      const existing = await receiptFor(tx, city, key)
      if (existing) return existing
      // The row lock: two comments at once cannot take the same count.
      const consultation = await find(tx, city, id, true)
      const { text } = parseInput(CommentSubmissionSchema, submission, 'comment')
      if (consultation.status !== 'open') throw httpError(CONSULTATION_CLOSED_STATUS, 'The consultation is closed')
      const now = clock.now()
      const receipt = nextCommentReceipt(consultation, now)
      await tx.query(
        `INSERT INTO consultation_comments (city, id, consultation_id, text, submitted_at, comment_count, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [city, receipt.id, id, text, new Date(now), receipt.commentCount, key],
      )
      return receipt
    })

  return {
    all: async (city: CityId) => {
      const now = clock.now()
      const rows = await db.query<ConsultationRow>(`${SELECT} ORDER BY c.position`, [city])
      return rows.map((row) => consultationOf(row, now)).filter((c): c is Consultation => c !== null)
    },

    get: (city: CityId, id: string) => find(db, city, id),

    async comment(city: CityId, id: string, submission: unknown, key: string): Promise<CommentReceipt> {
      try {
        return await comment(city, id, submission, key)
      } catch (error) {
        const existing = isUniqueViolation(error) && (await receiptFor(db, city, key))
        if (existing) return existing
        throw error
      }
    },

    /** Staff publish what the department made of the comments, once the consultation has closed. */
    publishFeedback: (city: CityId, id: string, feedback: { html: string; adoptedCount: number }) =>
      db.transaction(async (tx) => {
        const consultation = await find(tx, city, id, true)
        if (consultation.status !== 'closed')
          throw httpError(409, 'Feedback is published after the consultation closes')
        const published = { publishedAt: new Date(clock.now()).toISOString(), ...feedback }
        await tx.query('UPDATE consultations SET feedback = $3 WHERE city = $1 AND id = $2', [
          city,
          id,
          JSON.stringify(published),
        ])
        return { ...consultation, feedback: published, hasFeedback: true }
      }),
  }
}
