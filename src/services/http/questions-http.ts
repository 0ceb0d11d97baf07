import type { HttpClient } from './http-client'
import type { QuestionsPort } from '../questions/questions-port'
import { HelpfulSchema, QuestionPageSchema, QuestionSchema } from '../questions/questions-schemas'

const seg = encodeURIComponent

/** The You Ask, I Answer endpoints of the HTTP contract (see docs/http-contract.md). */
export function createQuestionsHttp(client: HttpClient): QuestionsPort {
  return {
    listAnswered: ({ city, departmentId, topicId, text, cursor, limit }) =>
      client.request('GET', `/cities/${seg(city)}/questions`, QuestionPageSchema, {
        query: { department: departmentId, topic: topicId, q: text, cursor, limit },
      }),
    getQuestion: (city, id) => client.request('GET', `/cities/${seg(city)}/questions/${seg(id)}`, QuestionSchema),
    ask: (city, submission, idempotencyKey) =>
      client.request('POST', `/cities/${seg(city)}/questions`, QuestionSchema, { body: submission, idempotencyKey }),
    markHelpful: (city, id, deviceId) =>
      client.request('POST', `/cities/${seg(city)}/questions/${seg(id)}/helpful`, HelpfulSchema, {
        body: { deviceId },
      }),
  }
}
