import * as v from 'valibot'
import { LocalizedTextSchema } from '../common-schemas'

/** What a city's promotion (我爱<城市>) tells stories about. */
export const STORY_CATEGORIES = ['culture', 'food', 'history', 'construction'] as const
export type StoryCategory = (typeof STORY_CATEGORIES)[number]

export const StoryImageSchema = v.object({
  /** An https URL, or (the mock) a small inline `data:image/svg+xml;base64,` illustration. */
  src: v.pipe(v.string(), v.minLength(1)),
  /** What the picture shows, for screen readers. Never empty. */
  alt: v.object({ zh: v.pipe(v.string(), v.minLength(1)), en: v.pipe(v.string(), v.minLength(1)) }),
})
export type StoryImage = v.InferOutput<typeof StoryImageSchema>

export const StorySummarySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  category: v.picklist(STORY_CATEGORIES),
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  image: StoryImageSchema,
})
export type StorySummary = v.InferOutput<typeof StorySummarySchema>

export const StorySchema = v.object({
  ...StorySummarySchema.entries,
  /** The story in Chinese, as HTML: untrusted, sanitised by the app before display like an article. */
  bodyHtml: v.string(),
})
export type Story = v.InferOutput<typeof StorySchema>

export const StoryListSchema = v.object({ items: v.array(StorySummarySchema) })
