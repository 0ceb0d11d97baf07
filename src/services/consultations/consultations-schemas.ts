import * as v from 'valibot'
import { CalendarDateSchema, InstantSchema, pageSchema } from '../common-schemas'

export const COMMENT_LENGTH = { min: 10, max: 500 } as const

export const CONSULTATION_STATUSES = ['open', 'closed'] as const
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number]

/**
 * A draft policy open for comment (征求意见). Comments are accepted from the start of `startDate` to the
 * end of `endDate`, Beijing time (until 23:59:59.999 on the end date); `status` is as of the server's now.
 */
export const ConsultationSummarySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  departmentId: v.string(),
  summary: v.string(),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  status: v.picklist(CONSULTATION_STATUSES),
  commentCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The department has published what it made of the comments. */
  hasFeedback: v.boolean(),
})
export type ConsultationSummary = v.InferOutput<typeof ConsultationSummarySchema>
export const ConsultationPageSchema = pageSchema(ConsultationSummarySchema)

export const ConsultationSchema = v.object({
  ...ConsultationSummarySchema.entries,
  /** The full draft, as HTML: the app sanitises it before showing it, like an article's body. */
  draftHtml: v.string(),
  /** Published after closing: what the department made of the comments. */
  feedback: v.nullable(
    v.object({
      publishedAt: InstantSchema,
      /** HTML, sanitised like the draft. */
      html: v.string(),
      /** How many comments were adopted in whole or in part. */
      adoptedCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
})
export type Consultation = v.InferOutput<typeof ConsultationSchema>

export const CommentSubmissionSchema = v.object({
  text: v.pipe(v.string(), v.trim(), v.minLength(COMMENT_LENGTH.min), v.maxLength(COMMENT_LENGTH.max)),
  consent: v.literal(true),
})
export type CommentSubmission = v.InferOutput<typeof CommentSubmissionSchema>

export const CommentReceiptSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  consultationId: v.string(),
  submittedAt: InstantSchema,
  /** The consultation's comment count, this comment included. */
  commentCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
})
export type CommentReceipt = v.InferOutput<typeof CommentReceiptSchema>
