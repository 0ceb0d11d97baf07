import type { FastifyInstance } from 'fastify'
import * as v from 'valibot'
import xss from 'xss'
import { loadLettersConfig } from '../../../src/cities/letters/load-letters-config'
import { addWorkingDays } from '../../../src/shared/calendar/working-days'
import type { CaseStep } from '../../../src/services/letters/letters-workflow'
import { cityParam, type ServerContext } from '../app'
import { httpError, parseInput } from '../errors'
import { createConsultationsStore } from '../store/consultations'
import { createLettersStore } from '../store/letters'
import { createQuestionsStore } from '../store/questions'

const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max))
const DepartmentId = v.pipe(v.string(), v.minLength(1), v.maxLength(40))

/** What each staff action on a case takes: the workflow's steps, in the words a case worker uses. */
const ACTION_SCHEMAS = {
  accept: v.object({}),
  reject: v.object({ reason: Text(200), rightChannel: Text(100) }),
  assign: v.object({ departmentId: DepartmentId }),
  reassign: v.object({ departmentId: DepartmentId, reason: Text(200) }),
  start: v.object({}),
  /** The deadline moves by this many working days (the city's calendar). */
  extend: v.object({ reason: Text(200), workingDays: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(30)) }),
  reply: v.object({ reply: Text(2000) }),
  close: v.object({}),
} as const
type Action = keyof typeof ACTION_SCHEMAS
export const STAFF_ACTIONS = Object.keys(ACTION_SCHEMAS) as Action[]

const AnswerSchema = v.object({
  reply: Text(2000),
  departmentId: v.optional(DepartmentId),
  topicId: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(40))),
})
const FeedbackSchema = v.object({
  html: Text(20_000),
  adoptedCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
})
const OPEN_STATES = ['submitted', 'accepted', 'assigned', 'in-progress']

/**
 * The city's case workers (behind the bearer token, see app.ts): move a case through the workflow,
 * answer a question in public, publish a consultation's feedback. `npm run staff` drives these.
 */
export function registerStaffRoutes(app: FastifyInstance, context: ServerContext) {
  const letters = createLettersStore(context)
  const questions = createQuestionsStore(context)
  const consultations = createConsultationsStore(context)

  /** The city's open cases, most urgent first: what a case worker's queue shows. */
  app.get('/staff/cities/:city/letters', async (request) => {
    const city = cityParam(request)
    const open = (await letters.cases(city)).filter((c) => OPEN_STATES.includes(c.state))
    return {
      items: open.sort((a, b) => a.due.localeCompare(b.due)).map(({ timeline: _t, description: _d, ...c }) => c),
    }
  })

  app.post('/staff/cities/:city/letters/:caseNumber/:action', async (request) => {
    const city = cityParam(request)
    const { caseNumber, action } = request.params as { caseNumber: string; action: string }
    if (!(STAFF_ACTIONS as string[]).includes(action)) throw httpError(404, `No staff action ${action}`)
    const body = parseInput(ACTION_SCHEMAS[action as Action], request.body ?? {}, action)
    const config = await loadLettersConfig(city)
    const department = (id: string) => {
      const found = config.departments.find((d) => d.id === id)
      if (!found) throw httpError(422, `Unknown department ${id}`)
      return found.name.zh
    }
    return letters.applyStaffStep(city, caseNumber, (current): CaseStep => {
      const b = body as Record<string, never>
      switch (action as Action) {
        case 'reject':
          return { kind: 'reject', reason: b.reason, rightChannel: b.rightChannel }
        case 'assign':
          return { kind: 'assign', department: department(b.departmentId) }
        case 'reassign':
          return { kind: 'reassign', department: department(b.departmentId), reason: b.reason }
        case 'extend':
          return {
            kind: 'extend',
            reason: b.reason,
            newDue: addWorkingDays(current.due, b.workingDays, config.holidays),
          }
        case 'reply':
          return { kind: 'reply', reply: b.reply }
        default:
          return { kind: action as 'accept' | 'start' | 'close' }
      }
    })
  })

  app.post('/staff/cities/:city/questions/:id/answer', async (request) => {
    const city = cityParam(request)
    const answer = parseInput(AnswerSchema, request.body, 'answer')
    return questions.answer(city, (request.params as { id: string }).id, answer)
  })

  app.post('/staff/cities/:city/consultations/:id/feedback', async (request) => {
    const city = cityParam(request)
    const { html, adoptedCount } = parseInput(FeedbackSchema, request.body, 'feedback')
    // Stored clean: the app sanitises again, but a backend should not keep scripts.
    return consultations.publishFeedback(city, (request.params as { id: string }).id, { html: xss(html), adoptedCount })
  })
}
