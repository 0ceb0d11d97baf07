import type { CityId } from '../../../config/settings'
import type { Page } from '../common-schemas'
import type { Question, QuestionSubmission } from './questions-schemas'

export interface AnsweredQuestionQuery {
  city: CityId
  departmentId?: string
  topicId?: string
  /** Words to find in the title, the question or the reply. */
  text?: string
  cursor?: string | null
  /** 1–50; default 10. */
  limit?: number
}

/**
 * You Ask, I Answer (你问我答): questions departments answer in public. Every method rejects with a
 * `ServiceError` only; every answer is as of the server's now.
 */
export interface QuestionsPort {
  /** Answered questions, newest reply first. */
  listAnswered(query: AnsweredQuestionQuery): Promise<Page<Question>>
  /** One question, answered or not (the asker follows their own). Kind `not-found` for an unknown id. */
  getQuestion(city: CityId, id: string): Promise<Question>
  /**
   * Asks a question. The same `idempotencyKey` (made on the device, one per draft) always answers with
   * the same question, so a retry after a lost answer never asks twice. A submission that breaks the
   * contract's limits is refused (kind `server`, status 422). It starts `waiting`.
   */
  ask(city: CityId, submission: QuestionSubmission, idempotencyKey: string): Promise<Question>
  /**
   * Counts "this helped me" once per device (`deviceId`, made on the device and kept): a repeat
   * answers the same count. Only answered questions can be marked (status 409 otherwise).
   */
  markHelpful(city: CityId, id: string, deviceId: string): Promise<{ helpfulCount: number }>
}

export const QUESTIONS_METHODS = [
  'listAnswered',
  'getQuestion',
  'ask',
  'markHelpful',
] as const satisfies readonly (keyof QuestionsPort)[]
