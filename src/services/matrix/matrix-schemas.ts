import * as v from 'valibot'
import { InstantSchema, LocalizedTextSchema } from '../common-schemas'

/** The three groups of the city's account matrix (政务矩阵). */
export const ACCOUNT_GROUPS = [
  'district', // 区县
  'bureau', // 委办局
  'agency', // 直属机构 and public service units
] as const
export type AccountGroup = (typeof ACCOUNT_GROUPS)[number]

export const PLATFORMS = ['wechat', 'weibo', 'douyin'] as const
export type Platform = (typeof PLATFORMS)[number]

const count = v.pipe(v.number(), v.integer(), v.minValue(0))
/** A share from 0 to 1; null when there is nothing to divide by. */
const share = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(1)))

export const AccountSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  group: v.picklist(ACCOUNT_GROUPS),
  name: LocalizedTextSchema,
  /** The letters department behind the account (cities/letters/), null where the city has none. */
  departmentId: v.nullable(v.string()),
  platforms: v.pipe(v.array(v.picklist(PLATFORMS)), v.minLength(1)),
  lastPostAt: InstantSchema,
  /** Posts in the 30 days before now, over all its platforms. */
  posts30d: count,
  /** Its latest posts (its "news"), newest first. */
  recentPosts: v.array(v.object({ title: v.string(), postedAt: InstantSchema })),
})
export type Account = v.InferOutput<typeof AccountSchema>
/** `asOf`: the server's now, which "inactive" and "3 days ago" are counted from. */
export const AccountListSchema = v.object({ items: v.array(AccountSchema), asOf: InstantSchema })
export type AccountList = v.InferOutput<typeof AccountListSchema>

/** The accountability figures; see services/matrix/board.ts for how each is defined. */
export const BoardFiguresSchema = v.object({
  received: count,
  /** Cases replied to, or open past their deadline: what "within the deadline" is a share of. */
  dueOrReplied: count,
  repliedInTime: count,
  inTimeShare: share,
  /** Working days from submission to the first reply; null when nothing was replied to. */
  medianReplyWorkingDays: v.nullable(v.pipe(v.number(), v.minValue(0))),
  rated: count,
  satisfied: count,
  satisfactionShare: share,
  openDueSoon: count,
  openOverdue: count,
  questionsAnswered: count,
})
export type BoardFigures = v.InferOutput<typeof BoardFiguresSchema>

export const BoardSchema = v.object({
  /** Null: the whole city's board. */
  departmentId: v.nullable(v.string()),
  asOf: InstantSchema,
  figures: BoardFiguresSchema,
  /** The city's board: one row per department of the letters portal; empty on a department's board. */
  departments: v.array(v.object({ departmentId: v.string(), name: LocalizedTextSchema, figures: BoardFiguresSchema })),
})
export type Board = v.InferOutput<typeof BoardSchema>
