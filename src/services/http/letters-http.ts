import type { HttpClient } from './http-client'
import type { LettersPort } from '../letters/letters-port'
import { CaseSchema, PublicReplyPageSchema, UploadedPhotoSchema } from '../letters/letters-schemas'

const seg = encodeURIComponent

/** The Letters endpoints of the HTTP contract (see docs/http-contract.md). */
export function createLettersHttp(client: HttpClient): LettersPort {
  return {
    submit: (city, submission, idempotencyKey) =>
      client.request('POST', `/cities/${seg(city)}/letters`, CaseSchema, { body: submission, idempotencyKey }),
    uploadPhoto: (city, localPath) =>
      client.upload(`/cities/${seg(city)}/letters/photos`, { filePath: localPath, name: 'photo' }, UploadedPhotoSchema),
    getCase: (city, caseNumber) => client.request('GET', `/cities/${seg(city)}/letters/${seg(caseNumber)}`, CaseSchema),
    rate: (city, caseNumber, rating, comment) =>
      client.request('POST', `/cities/${seg(city)}/letters/${seg(caseNumber)}/rating`, CaseSchema, {
        body: { rating, comment },
      }),
    listPublicReplies: ({ city, departmentId, text, cursor, limit }) =>
      client.request('GET', `/cities/${seg(city)}/public-replies`, PublicReplyPageSchema, {
        query: { department: departmentId, q: text, cursor, limit },
      }),
  }
}
