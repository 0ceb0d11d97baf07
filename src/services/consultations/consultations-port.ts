import type { CityId } from '../../../config/settings'
import type { Page } from '../common-schemas'
import type {
  CommentReceipt,
  CommentSubmission,
  Consultation,
  ConsultationStatus,
  ConsultationSummary,
} from './consultations-schemas'

export interface ConsultationQuery {
  city: CityId
  status: ConsultationStatus
  cursor?: string | null
  /** 1–50; default 10. */
  limit?: number
}

/** Public consultations (征求意见). Every method rejects with a `ServiceError` only. */
export interface ConsultationsPort {
  /** Open ones, closing soonest first; closed ones, closed most recently first. */
  listConsultations(query: ConsultationQuery): Promise<Page<ConsultationSummary>>
  /** One consultation with its draft and, once published, its feedback. Kind `not-found` if unknown. */
  getConsultation(city: CityId, id: string): Promise<Consultation>
  /**
   * Comments on an open consultation. The same `idempotencyKey` answers with the same receipt. After the
   * end of its end date (Beijing time) it is refused with status 409 (kind `server`), whenever the page
   * was opened; a comment that breaks the limits with 422.
   */
  comment(city: CityId, id: string, submission: CommentSubmission, idempotencyKey: string): Promise<CommentReceipt>
}

export const CONSULTATIONS_METHODS = [
  'listConsultations',
  'getConsultation',
  'comment',
] as const satisfies readonly (keyof ConsultationsPort)[]

/** The status with which the city refuses a comment on a closed consultation. */
export const CONSULTATION_CLOSED_STATUS = 409
