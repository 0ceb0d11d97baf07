import type { HttpClient } from './http-client'
import type { ConsultationsPort } from '../consultations/consultations-port'
import {
  CommentReceiptSchema,
  ConsultationPageSchema,
  ConsultationSchema,
} from '../consultations/consultations-schemas'

const seg = encodeURIComponent

/** The Consultations endpoints of the HTTP contract (see docs/http-contract.md). */
export function createConsultationsHttp(client: HttpClient): ConsultationsPort {
  return {
    listConsultations: ({ city, status, cursor, limit }) =>
      client.request('GET', `/cities/${seg(city)}/consultations`, ConsultationPageSchema, {
        query: { status, cursor, limit },
      }),
    getConsultation: (city, id) =>
      client.request('GET', `/cities/${seg(city)}/consultations/${seg(id)}`, ConsultationSchema),
    comment: (city, id, submission, idempotencyKey) =>
      client.request('POST', `/cities/${seg(city)}/consultations/${seg(id)}/comments`, CommentReceiptSchema, {
        body: submission,
        idempotencyKey,
      }),
  }
}
