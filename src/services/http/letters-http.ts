import type { HttpClient } from './http-client'
import type { LettersPort } from '../letters/letters-port'
import { CaseSchema, PublicReplyPageSchema } from '../letters/letters-schemas'

const seg = encodeURIComponent

/** The Letters endpoints of the HTTP contract (see docs/http-contract.md). */
export function createLettersHttp(client: HttpClient): LettersPort {
  return {
    submit: (city, submission, idempotencyKey) =>
      client.request('POST', `/cities/${seg(city)}/letters`, CaseSchema, { body: submission, idempotencyKey }),
    getCase: (city, caseNumber) => client.request('GET', `/cities/${seg(city)}/letters/${seg(caseNumber)}`, CaseSchema),
    rate: (city, caseNumber, rating) =>
      client.request('POST', `/cities/${seg(city)}/letters/${seg(caseNumber)}/rating`, CaseSchema, {
        body: { rating },
      }),
    listPublicReplies: ({ city, departmentId, text, cursor, limit }) =>
      client.request('GET', `/cities/${seg(city)}/public-replies`, PublicReplyPageSchema, {
        query: { department: departmentId, q: text, cursor, limit },
      }),
  }
}
