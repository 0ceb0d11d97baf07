import * as v from 'valibot'
import { InstantSchema, LocalizedTextSchema, pageSchema } from '../common-schemas'

export const ArticleSummarySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  columnId: v.string(),
  title: LocalizedTextSchema,
  /** Plain-language summary: what changes for a citizen. */
  summary: LocalizedTextSchema,
  source: LocalizedTextSchema,
  publishedAt: InstantSchema,
  readCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
})
export type ArticleSummary = v.InferOutput<typeof ArticleSummarySchema>

export const ArticleSchema = v.object({
  ...ArticleSummarySchema.entries,
  /** Untrusted HTML; the app sanitises it before display. */
  bodyHtml: v.string(),
})
export type Article = v.InferOutput<typeof ArticleSchema>

export const NOTICE_LEVELS = ['red', 'orange', 'yellow', 'blue', 'info'] as const
export const NoticeSchema = v.object({
  id: v.string(),
  level: v.picklist(NOTICE_LEVELS),
  title: LocalizedTextSchema,
  body: LocalizedTextSchema,
  publishedAt: InstantSchema,
  expiresAt: InstantSchema,
  articleId: v.optional(v.string()),
})
export type Notice = v.InferOutput<typeof NoticeSchema>

export const ArticlePageSchema = pageSchema(ArticleSummarySchema)
export const NoticeListSchema = v.object({ items: v.array(NoticeSchema) })
