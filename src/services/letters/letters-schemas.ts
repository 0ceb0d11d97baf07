import * as v from 'valibot'
import { InstantSchema, pageSchema } from '../common-schemas'

export const LETTER_TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion', 'praise'] as const
export type LetterType = (typeof LETTER_TYPES)[number]

export const CASE_STATES = [
  'submitted', // 待受理
  'accepted', // 已受理
  'assigned', // 已派单
  'in-progress', // 办理中
  'replied', // 已答复
  'closed', // 已办结
  'not-accepted', // 不予受理 (final)
  'merged', // 并单 (final: handled with the case it joined)
] as const
export type CaseState = (typeof CASE_STATES)[number]

/** The 好差评 scale, best first. */
export const RATINGS = [
  'very-satisfied',
  'satisfied',
  'basically-satisfied',
  'dissatisfied',
  'very-dissatisfied',
] as const
export type Rating = (typeof RATINGS)[number]

/** A Beijing calendar date, `YYYY-MM-DD`. */
const DateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))

export const TITLE_LENGTH = { min: 5, max: 50 } as const
export const DESCRIPTION_LENGTH = { min: 20, max: 1000 } as const
export const MAX_PHOTOS = 9
/** The optional words that come with a rating. */
export const RATING_COMMENT_MAX = 200
/** The largest photo the city accepts, in bytes; the form checks it before uploading (413 otherwise). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024

/** What a citizen sends. The form checks the same limits field by field, in plain words. */
export const LetterSubmissionSchema = v.object({
  channelId: v.pipe(v.string(), v.minLength(1)),
  type: v.picklist(LETTER_TYPES),
  categoryId: v.pipe(v.string(), v.minLength(1)),
  departmentId: v.optional(v.string()),
  title: v.pipe(v.string(), v.trim(), v.minLength(TITLE_LENGTH.min), v.maxLength(TITLE_LENGTH.max)),
  description: v.pipe(v.string(), v.trim(), v.minLength(DESCRIPTION_LENGTH.min), v.maxLength(DESCRIPTION_LENGTH.max)),
  location: v.optional(v.pipe(v.string(), v.maxLength(100))),
  /** Uploaded photo ids or https URLs. */
  photos: v.pipe(v.array(v.string()), v.maxLength(MAX_PHOTOS)),
  contactName: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(20)),
  /** Bare 11 digits (the form normalises +86, spaces and dashes). */
  mobile: v.pipe(v.string(), v.regex(/^1[3-9]\d{9}$/)),
  isPublic: v.boolean(),
  anonymous: v.boolean(),
  consent: v.literal(true),
})
export type LetterSubmission = v.InferOutput<typeof LetterSubmissionSchema>

/** What an upload answers: the id to put in `LetterSubmission.photos`. */
export const UploadedPhotoSchema = v.object({ id: v.pipe(v.string(), v.minLength(1)) })
export type UploadedPhoto = v.InferOutput<typeof UploadedPhotoSchema>

/** One line of the tracking timeline: a handling step, when, by which department. */
export const TimelineEntrySchema = v.object({
  step: v.picklist([
    'submit',
    'accept',
    'reject',
    'merge',
    'assign',
    'reassign',
    'start',
    'extend',
    'reply',
    'close',
    'rate',
  ]),
  at: InstantSchema,
  department: v.optional(v.string()),
  /** The reply, the reason for a refusal, an extension or a reassignment. */
  note: v.optional(v.string()),
  newDue: v.optional(DateSchema),
  intoCase: v.optional(v.string()),
  rightChannel: v.optional(v.string()),
  rating: v.optional(v.picklist(RATINGS)),
})
export type TimelineEntry = v.InferOutput<typeof TimelineEntrySchema>

export const CaseSchema = v.object({
  caseNumber: v.pipe(v.string(), v.regex(/^[A-Z]{2}-\d{8}-\d{6}$/)),
  channelId: v.string(),
  type: v.picklist(LETTER_TYPES),
  categoryId: v.string(),
  title: v.string(),
  description: v.string(),
  isPublic: v.boolean(),
  submittedAt: InstantSchema,
  /** The promised deadline: the end of this Beijing date. */
  due: DateSchema,
  state: v.picklist(CASE_STATES),
  department: v.optional(v.string()),
  extended: v.boolean(),
  followedUp: v.boolean(),
  rating: v.optional(v.picklist(RATINGS)),
  timeline: v.array(TimelineEntrySchema),
})
export type Case = v.InferOutput<typeof CaseSchema>

/** A case published with its reply, without anything that identifies the citizen. */
export const PublicReplySchema = v.object({
  caseNumber: v.string(),
  type: v.picklist(LETTER_TYPES),
  title: v.string(),
  description: v.string(),
  department: v.string(),
  reply: v.string(),
  submittedAt: InstantSchema,
  repliedAt: InstantSchema,
})
export type PublicReply = v.InferOutput<typeof PublicReplySchema>
export const PublicReplyPageSchema = pageSchema(PublicReplySchema)
