import * as v from 'valibot'
import { InstantSchema, pageSchema } from '../common-schemas'

export const QUESTION_TITLE_LENGTH = { min: 5, max: 50 } as const
export const QUESTION_BODY_LENGTH = { min: 10, max: 500 } as const
/** How the asker is called in public (王先生), unless anonymous. */
export const NICKNAME_MAX = 20

export const QUESTION_STATES = [
  'waiting', // 待答复
  'answered', // 已答复
  'redirected', // 转来信办理: a personal case belongs in a letter, not a public answer
] as const
export type QuestionState = (typeof QUESTION_STATES)[number]

const trimmed = (length: { min: number; max: number }) =>
  v.pipe(v.string(), v.trim(), v.minLength(length.min), v.maxLength(length.max))

/** What a citizen asks. The form checks the same limits field by field, in plain words. */
export const QuestionSubmissionSchema = v.object({
  /** Null: "not sure, route it for me"; the city picks the department. */
  departmentId: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(40))),
  title: trimmed(QUESTION_TITLE_LENGTH),
  body: trimmed(QUESTION_BODY_LENGTH),
  /** Empty: shown as 网友 (a citizen). Ignored when anonymous. */
  nickname: v.pipe(v.string(), v.trim(), v.maxLength(NICKNAME_MAX)),
  anonymous: v.boolean(),
  consent: v.literal(true),
})
export type QuestionSubmission = v.InferOutput<typeof QuestionSubmissionSchema>

export const QuestionSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  body: v.string(),
  /** How the asker is shown: their nickname, 网友, or 匿名 — never anything that identifies them. */
  askedBy: v.string(),
  askedAt: InstantSchema,
  /** The department answering it; null while the city is still routing a "not sure" question. */
  departmentId: v.nullable(v.string()),
  /** The city's topic (cities/interaction/), set when the question is routed. */
  topicId: v.nullable(v.string()),
  state: v.picklist(QUESTION_STATES),
  reply: v.nullable(v.object({ text: v.string(), repliedAt: InstantSchema })),
  /** Why it went to the letters channel instead, and which channel. */
  redirect: v.nullable(v.object({ reason: v.string(), channelId: v.string(), redirectedAt: InstantSchema })),
  helpfulCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
})
export type Question = v.InferOutput<typeof QuestionSchema>
export const QuestionPageSchema = pageSchema(QuestionSchema)

export const HelpfulSchema = v.object({ helpfulCount: v.pipe(v.number(), v.integer(), v.minValue(0)) })
