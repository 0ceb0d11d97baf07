import {
  NICKNAME_MAX,
  QUESTION_BODY_LENGTH,
  QUESTION_TITLE_LENGTH,
  type QuestionSubmission,
} from '../../services/questions/questions-schemas'
import { lengthProblem, type LengthProblem } from '../../shared/text-limits'

/** "Not sure": the city routes the question to the right department. */
export const NOT_SURE = 'not-sure'

/** The ask form as the citizen left it. */
export interface QuestionDraft {
  /** A department id, or `NOT_SURE` ('' counts as not sure: the form starts there). */
  departmentId: string
  title: string
  body: string
  nickname: string
  anonymous: boolean
  consent: boolean
}

export const EMPTY_QUESTION: QuestionDraft = {
  departmentId: '',
  title: '',
  body: '',
  nickname: '',
  anonymous: false,
  consent: false,
}

/** The fields in the order the form shows them, so "what is missing" reads top to bottom. */
export const QUESTION_FIELDS = ['departmentId', 'title', 'body', 'nickname', 'consent'] as const
export type QuestionField = (typeof QUESTION_FIELDS)[number]

export type QuestionProblem = LengthProblem | { kind: 'choose' } | { kind: 'consent' }

/** Every field that is not right yet. An empty object means the question can be sent. */
export function checkQuestion(
  draft: QuestionDraft,
  departmentIds: readonly string[],
): Partial<Record<QuestionField, QuestionProblem>> {
  const problems: Partial<Record<QuestionField, QuestionProblem>> = {}
  // A department the city no longer has (a draft kept across a config change) must be chosen again.
  if (draft.departmentId && draft.departmentId !== NOT_SURE && !departmentIds.includes(draft.departmentId))
    problems.departmentId = { kind: 'choose' }
  const title = lengthProblem(draft.title, QUESTION_TITLE_LENGTH)
  if (title) problems.title = title
  const body = lengthProblem(draft.body, QUESTION_BODY_LENGTH)
  if (body) problems.body = body
  if (!draft.anonymous && draft.nickname.trim().length > NICKNAME_MAX)
    problems.nickname = { kind: 'too-long', max: NICKNAME_MAX }
  if (!draft.consent) problems.consent = { kind: 'consent' }
  return problems
}

/** What the service receives. Only call it for a draft `checkQuestion` passes. */
export function toQuestionSubmission(draft: QuestionDraft): QuestionSubmission {
  if (!draft.consent) throw new Error('toQuestionSubmission needs a complete draft')
  return {
    departmentId: draft.departmentId && draft.departmentId !== NOT_SURE ? draft.departmentId : null,
    title: draft.title.trim(),
    body: draft.body.trim(),
    nickname: draft.anonymous ? '' : draft.nickname.trim(),
    anonymous: draft.anonymous,
    consent: true,
  }
}
