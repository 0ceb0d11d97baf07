import type { FastifyInstance } from 'fastify'
import * as v from 'valibot'
import {
  CONSULTATION_STATUSES,
  type ConsultationSummary,
} from '../../../src/services/consultations/consultations-schemas'
import { pageOf } from '../../../src/services/mock/questions-mock'
import { cityParam, idempotencyKey, type ServerContext } from '../app'
import { parseInput } from '../errors'
import { createConsultationsStore } from '../store/consultations'
import { createQuestionsStore } from '../store/questions'
import { pageParams } from './paging'

const QuestionFilterSchema = v.object({
  department: v.optional(v.pipe(v.string(), v.maxLength(40))),
  topic: v.optional(v.pipe(v.string(), v.maxLength(40))),
  q: v.optional(v.pipe(v.string(), v.maxLength(50))),
})
const StatusSchema = v.object({ status: v.picklist(CONSULTATION_STATUSES) })
const idParam = (params: unknown) => (params as { id: string }).id

/** You Ask, I Answer and public consultations: docs/http-contract.md. */
export function registerParticipationRoutes(app: FastifyInstance, context: ServerContext) {
  const questions = createQuestionsStore(context)
  const consultations = createConsultationsStore(context)

  app.get('/cities/:city/questions', async (request) => {
    const city = cityParam(request)
    const { cursor, limit } = pageParams(request.query, /^\d+\..+$/)
    const filter = parseInput(QuestionFilterSchema, request.query, 'query')
    const words = filter.q?.trim().toLowerCase()
    const answered = (await questions.all(city))
      .filter((q) => q.state === 'answered')
      .filter((q) => !filter.department || q.departmentId === filter.department)
      .filter((q) => !filter.topic || q.topicId === filter.topic)
      .filter((q) => !words || [q.title, q.body, q.reply?.text ?? ''].some((f) => f.toLowerCase().includes(words)))
    return pageOf(answered, cursor, limit)
  })
  app.get('/cities/:city/questions/:id', async (request) => questions.get(cityParam(request), idParam(request.params)))
  app.post('/cities/:city/questions', async (request) => {
    const city = cityParam(request)
    return questions.ask(city, request.body, idempotencyKey(request))
  })
  app.post('/cities/:city/questions/:id/helpful', async (request) =>
    questions.markHelpful(cityParam(request), idParam(request.params), request.body),
  )

  app.get('/cities/:city/consultations', async (request) => {
    const city = cityParam(request)
    const { status } = parseInput(StatusSchema, request.query, 'status (open or closed)')
    const { cursor, limit } = pageParams(request.query, /^\d{4}-\d{2}-\d{2}\..+$/)
    // Sorted by `endDate.id`: ascending for open ones (closing soonest), descending for closed ones.
    const key = (c: ConsultationSummary) => `${c.endDate}.${c.id}`
    const comesAfter = (a: string, b: string) => (status === 'open' ? a > b : a < b)
    const matching = (await consultations.all(city))
      .filter((c) => c.status === status)
      .map(({ draftHtml: _draft, feedback: _feedback, ...summary }): ConsultationSummary => summary)
      .sort((a, b) => (comesAfter(key(a), key(b)) ? 1 : -1))
      .filter((c) => !cursor || comesAfter(key(c), cursor))
    const items = matching.slice(0, limit)
    const last = items.at(-1)
    return { items, nextCursor: last && matching.length > limit ? key(last) : null }
  })
  app.get('/cities/:city/consultations/:id', async (request) =>
    consultations.get(cityParam(request), idParam(request.params)),
  )
  app.post('/cities/:city/consultations/:id/comments', async (request) => {
    const city = cityParam(request)
    return consultations.comment(city, idParam(request.params), request.body, idempotencyKey(request))
  })
}
