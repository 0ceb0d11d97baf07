/**
 * You Ask, I Answer (你问我答) in the app: other citizens' answered questions from the fixtures, and the
 * citizen's own, kept in `runtime.storage` and answered as the mock's clock moves. Nothing is logged.
 *
 * Rules the tests rely on:
 * - Seeded questions (fixtures/public-questions.ts) are answered, dated from the clock's now when the
 *   mock was created: asked `askedDaysAgo` and answered `repliedDaysAgo` days (and up to 8 hours) before.
 * - `ask`: the submission is checked with `QuestionSubmissionSchema`, then `departmentId` against the
 *   city's letters departments; either failure is kind `server`, status 422, with a message that names
 *   the field but never the citizen's text. The same idempotency key (per city) answers the same
 *   question as of now and never asks a second one, however the network fails. Ids are
 *   `<city code>-q-<Beijing date>-<sequence>`, e.g. `sh-q-20261123-0001`, counted per city from 1.
 * - `askedBy` is 匿名 when anonymous, else the trimmed nickname, or 网友 when it is empty.
 * - A new question is `waiting`, with the chosen `departmentId` (null when "not sure") and no topic.
 *   Two hours later it is routed: department and topic set (a chosen department keeps it; "not sure"
 *   goes by the words of the question). Then, decided by `stableHash(id) % 100`: below 25 it is
 *   `redirected` one working day after routing, to the city's letters channel (`REDIRECT_CHANNELS`),
 *   with a reason that says it is a personal case; otherwise `answered` two working days after routing,
 *   with a reply that names the department and quotes the title. Working days follow the city's
 *   holiday calendar; the time of day is the routing's.
 * - `getQuestion`: any question of the city, seeded or asked, as of now; an unknown id is `not-found`.
 * - `listAnswered`: answered questions only (anonymity hides the name, not the question), newest reply
 *   first (ties: id descending); filters `departmentId`, `topicId` (an unknown one: an empty page) and
 *   `text` (trimmed; a substring of the title, body or reply, ignoring Latin case). `limit` 1–50
 *   (default 10) and a malformed cursor are refused with 422. The cursor is the last item's place in
 *   the order, so a page never repeats an item of an earlier one while questions get answered.
 * - `markHelpful`: unknown id → `not-found`; a `deviceId` not 8–64 of `[A-Za-z0-9-]` → 422; a question
 *   not answered → 409. Counted once per question and device (kept in storage); a repeat answers the
 *   same count. A seeded question starts from its fixture's `helpfulCount`, an asked one from 0.
 * - Storage: one key per city, `mock:questions:<city>`.
 */
import * as v from 'valibot'
import type { CityId } from '../../../config/settings'
import type { CityInteractionConfig, CityLettersConfig } from '../../cities/city-config'
import { loadInteractionConfig } from '../../cities/interaction/load-interaction-config'
import { loadLettersConfig } from '../../cities/letters/load-letters-config'
import { addWorkingDays, beijingDate } from '../../shared/calendar/working-days'
import type { Page } from '../common-schemas'
import { ServiceError } from '../errors'
import type { QuestionsPort } from '../questions/questions-port'
import { QuestionSubmissionSchema, type Question, type QuestionSubmission } from '../questions/questions-schemas'
import { PUBLIC_QUESTIONS } from './fixtures/public-questions'
import type { MockRuntime } from './mock-runtime'
import { stableHash } from './stable-hash'

const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Where a personal case goes instead: a letters channel of the city (cities/letters/). */
export const REDIRECT_CHANNELS: Record<CityId, string> = {
  shanghai: 'hotline-12345',
  chengdu: 'write-letter',
  yinchuan: 'hotline-12345',
}

export interface StoredQuestion {
  id: string
  title: string
  body: string
  askedBy: string
  askedAt: number
  /** What the citizen chose; null: "not sure". */
  chosen: string | null
  /**
   * Decided when asked (the mock scripts both), shown as the clock reaches each `at`. Null until
   * decided: on the reference server without its simulated city, until staff route or answer it.
   */
  routed: { at: number; departmentId: string; topicId: string } | null
  outcome: { at: number; reply: string } | { at: number; reason: string; channelId: string } | null
  /** Other citizens' marks, before this device's. */
  helpfulBase: number
}

/**
 * A question as the citizen asked it, before the city decides anything: its id (the city's code, the
 * Beijing day, its number) and how the asker is shown. The mock and the reference server both store this.
 */
export function askedQuestion(
  caseCode: string,
  sequence: number,
  question: QuestionSubmission,
  now: number,
): Omit<StoredQuestion, 'routed' | 'outcome'> {
  return {
    id: `${caseCode.toLowerCase()}-q-${beijingDate(now).replace(/-/g, '')}-${String(sequence).padStart(4, '0')}`,
    title: question.title,
    body: question.body,
    askedBy: question.anonymous ? '匿名' : question.nickname || '网友',
    askedAt: now,
    chosen: question.departmentId,
    helpfulBase: 0,
  }
}

interface CityQuestions {
  asked: StoredQuestion[]
  /** Idempotency key → question id. */
  keys: Record<string, string>
  /** Question id → devices that found it helpful. */
  helpful: Record<string, string[]>
}

/** Words that say what a "not sure" question is about; the first topic the city has wins. */
const TOPIC_WORDS: [string, RegExp][] = [
  ['heating', /供暖|暖气|供热|采暖/],
  ['park-city', /绿道|公园/],
  ['transport', /地铁|公交|交通|停车|道路|出行|单车|驾驶/],
  ['education', /学校|入学|教育|幼儿园|学位|课后|学生/],
  ['health', /医院|医保|疫苗|医生|就诊|卫生/],
  ['social-security', /社保|养老金|就业|工资|失业|公积金/],
  ['environment', /噪音|噪声|污染|空气|水质|油烟|扬尘|沙尘/],
  ['urban-management', /垃圾|路灯|占道|城管|绿化|公厕|积雪/],
  ['housing', /住房|租房|物业|电梯|小区|房屋/],
]

/** The topic a department's answers usually file under. */
const DEPARTMENT_TOPICS: Partial<Record<string, string>> = {
  transport: 'transport',
  education: 'education',
  health: 'health',
  housing: 'housing',
  hrss: 'social-security',
  urban: 'urban-management',
  greening: 'urban-management',
  ecology: 'environment',
}

/** Who answers a "not sure" question on a topic: the first of these the city has. */
const TOPIC_DEPARTMENTS: Partial<Record<string, readonly string[]>> = {
  heating: ['housing'],
  'park-city': ['urban'],
  'urban-management': ['urban', 'greening'],
  environment: ['ecology'],
  'social-security': ['hrss'],
  other: ['market'],
}

const REPLIES = [
  (title: string, department: string) =>
    `您好！关于您提出的“${title}”，${department}已认真研究。相关政策规定和办理渠道已在我单位官网公开，我们将结合您的意见进一步改进工作。如仍有疑问，可拨打12345咨询。`,
  (title: string, department: string) =>
    `您好！感谢您对“${title}”的关注。经${department}核实，您反映的情况已纳入近期工作安排，我们将加强督促落实，并及时向社会公布进展。`,
  (title: string, department: string) =>
    `您好！您咨询的“${title}”，${department}答复如下：该事项按现行规定办理，具体条件和所需材料可在本市政务服务网查询。我们将继续优化服务，方便市民办事。`,
]

/** Whole days from one Beijing date to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY)

function refuse(message: string): never {
  throw new ServiceError('server', message, 422)
}

export function toQuestion(stored: StoredQuestion, helpful: Record<string, readonly string[]>, now: number): Question {
  const routed = stored.routed && now >= stored.routed.at ? stored.routed : null
  const outcome = stored.outcome && now >= stored.outcome.at ? stored.outcome : null
  const at = outcome && new Date(outcome.at).toISOString()
  return {
    id: stored.id,
    title: stored.title,
    body: stored.body,
    askedBy: stored.askedBy,
    askedAt: new Date(stored.askedAt).toISOString(),
    departmentId: routed ? routed.departmentId : stored.chosen,
    topicId: routed ? routed.topicId : null,
    state: !outcome ? 'waiting' : 'reply' in outcome ? 'answered' : 'redirected',
    reply: outcome && at && 'reply' in outcome ? { text: outcome.reply, repliedAt: at } : null,
    redirect:
      outcome && at && 'reason' in outcome
        ? { reason: outcome.reason, channelId: outcome.channelId, redirectedAt: at }
        : null,
    helpfulCount: stored.helpfulBase + (helpful[stored.id]?.length ?? 0),
  }
}

/** Routes a new question and decides its outcome, once, from its id and the city's calendar. */
export function scriptFor(
  id: string,
  question: QuestionSubmission,
  now: number,
  cityId: CityId,
  letters: CityLettersConfig,
  interaction: CityInteractionConfig,
): Pick<StoredQuestion, 'routed' | 'outcome'> {
  const h = stableHash(id)
  const has = (topic: string) => interaction.topics.some((t) => t.id === topic)
  const words = `${question.title}${question.body}`
  const topicId =
    [question.departmentId && DEPARTMENT_TOPICS[question.departmentId]]
      .concat(TOPIC_WORDS.filter(([, pattern]) => pattern.test(words)).map(([topic]) => topic))
      .find((topic): topic is string => !!topic && has(topic)) ?? 'other'
  const candidates = TOPIC_DEPARTMENTS[topicId] ?? [topicId]
  const department =
    letters.departments.find((d) => d.id === question.departmentId) ??
    letters.departments.find((d) => candidates.includes(d.id)) ??
    letters.departments[h % letters.departments.length]
  const routedAt = now + 2 * HOUR
  const routedDay = beijingDate(routedAt)
  const redirected = h % 100 < 25
  const outcomeDay = addWorkingDays(routedDay, redirected ? 1 : 2, letters.holidays)
  const at = routedAt + daysBetween(routedDay, outcomeDay) * DAY
  const channel = letters.channels.find((c) => c.id === REDIRECT_CHANNELS[cityId]) ?? letters.channels[0]
  return {
    routed: { at: routedAt, departmentId: department.id, topicId },
    outcome: redirected
      ? {
          at,
          reason: `您反映的问题涉及具体个案，需要核实办理，已转至“${channel.name.zh}”办理，请留意后续答复。`,
          channelId: channel.id,
        }
      : { at, reply: REPLIES[(h >>> 8) % REPLIES.length](question.title, department.name.zh) },
  }
}

/** Other citizens' answered questions, dated from the moment the mock was made. */
export function seededQuestions(cityId: CityId, createdAt: number): StoredQuestion[] {
  return PUBLIC_QUESTIONS[cityId].map((seed, i) => {
    const askedAt = createdAt - seed.askedDaysAgo * DAY - ((i * 5) % 9) * HOUR
    return {
      id: seed.id,
      title: seed.title,
      body: seed.body,
      askedBy: seed.askedBy,
      askedAt,
      chosen: seed.departmentId,
      routed: { at: askedAt, departmentId: seed.departmentId, topicId: seed.topicId },
      outcome: { at: createdAt - seed.repliedDaysAgo * DAY - ((i * 3) % 8) * HOUR, reply: seed.reply },
      helpfulBase: seed.helpfulCount,
    }
  })
}

/** One page of a list sorted newest reply first; the cursor is the last item's `repliedAt.id`. */
export function pageOf(items: Question[], cursor: string | null | undefined, limit: number): Page<Question> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 50) refuse('limit must be a whole number from 1 to 50')
  const key = (q: Question): [number, string] => [Date.parse(q.reply?.repliedAt ?? q.askedAt), q.id]
  /** Whether `a` comes after `b` in the list: replied earlier, or at the same moment with a lower id. */
  const later = ([ms, id]: [number, string], [bms, bid]: [number, string]) => ms < bms || (ms === bms && id < bid)
  const sorted = items.sort((a, b) => (later(key(a), key(b)) ? 1 : -1))
  let rest = sorted
  if (cursor) {
    const match = /^(\d+)\.(.+)$/.exec(cursor)
    if (!match) refuse('Malformed cursor')
    const after: [number, string] = [Number(match[1]), match[2]]
    rest = sorted.filter((q) => later(key(q), after))
  }
  const page = rest.slice(0, limit)
  const last = page.at(-1)
  return { items: page, nextCursor: last && rest.length > limit ? key(last).join('.') : null }
}

const storageKey = (cityId: CityId) => `mock:questions:${cityId}`

/**
 * Synchronous on purpose: a call that changes the store awaits the city's config first, then reads,
 * changes and saves in one go.
 */
function loadCity(runtime: MockRuntime, cityId: CityId): CityQuestions {
  try {
    const stored = JSON.parse(runtime.storage.getItem(storageKey(cityId)) ?? 'null') as CityQuestions | null
    if (stored && Array.isArray(stored.asked)) return stored
  } catch {
    // Unreadable: start again rather than fail every call.
  }
  return { asked: [], keys: {}, helpful: {} }
}

/** When each runtime's seeded questions are dated from, so every reader of them sees the same dates. */
const seededAt = new WeakMap<MockRuntime, number>()
const seedTime = (runtime: MockRuntime) => {
  const at = seededAt.get(runtime) ?? runtime.clock.now()
  seededAt.set(runtime, at)
  return at
}

/**
 * Every question of the city as of the clock's now, seeded and asked on this device. Read only; the
 * account matrix's board (matrix-mock.ts) counts the answered ones.
 */
export function questionsOf(runtime: MockRuntime, cityId: CityId): Question[] {
  const createdAt = seedTime(runtime)
  const data = loadCity(runtime, cityId)
  const now = runtime.clock.now()
  return [...seededQuestions(cityId, createdAt), ...data.asked].map((stored) => toQuestion(stored, data.helpful, now))
}

/** The questions port over fixtures and the device's storage; see the rules above. */
export function createQuestionsMock(runtime: MockRuntime): QuestionsPort {
  const createdAt = seedTime(runtime)
  const seeded: Partial<Record<CityId, StoredQuestion[]>> = {}
  const seeds = (cityId: CityId) => (seeded[cityId] ??= seededQuestions(cityId, createdAt))
  const load = (cityId: CityId) => loadCity(runtime, cityId)
  const save = (cityId: CityId, data: CityQuestions) =>
    runtime.storage.setItem(storageKey(cityId), JSON.stringify(data))

  function find(cityId: CityId, data: CityQuestions, id: string): StoredQuestion {
    const stored = data.asked.find((q) => q.id === id) ?? seeds(cityId).find((q) => q.id === id)
    if (!stored) throw new ServiceError('not-found', `No question ${id}`, 404)
    return stored
  }

  return {
    listAnswered: ({ city: cityId, departmentId, topicId, text, cursor, limit = 10 }) =>
      runtime.call(() => {
        const now = runtime.clock.now()
        const data = load(cityId)
        const words = text?.trim().toLowerCase()
        const answered = [...seeds(cityId), ...data.asked]
          .map((stored) => toQuestion(stored, data.helpful, now))
          .filter((q) => q.state === 'answered')
          .filter((q) => !departmentId || q.departmentId === departmentId)
          .filter((q) => !topicId || q.topicId === topicId)
          .filter((q) => !words || [q.title, q.body, q.reply?.text ?? ''].some((f) => f.toLowerCase().includes(words)))
        return runtime.respond(pageOf(answered, cursor, limit))
      }),

    getQuestion: (cityId, id) =>
      runtime.call(() => {
        const data = load(cityId)
        return runtime.respond(toQuestion(find(cityId, data, id), data.helpful, runtime.clock.now()))
      }),

    ask: (cityId, submission, idempotencyKey) =>
      runtime.call(async () => {
        const [letters, interaction] = await Promise.all([loadLettersConfig(cityId), loadInteractionConfig(cityId)])
        // From here on nothing awaits, so two sends of one key cannot both ask.
        const data = load(cityId)
        const now = runtime.clock.now()
        const existing = data.keys[idempotencyKey]
        if (existing) return runtime.respond(toQuestion(find(cityId, data, existing), data.helpful, now))
        const parsed = v.safeParse(QuestionSubmissionSchema, submission)
        if (!parsed.success) {
          // The field, never its value: the text is the citizen's.
          const field = parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'submission'
          refuse(`Question refused: ${field}`)
        }
        const question = parsed.output
        if (question.departmentId !== null && !letters.departments.some((d) => d.id === question.departmentId)) {
          refuse('Question refused: departmentId is not one of the city’s departments')
        }
        const asked = askedQuestion(letters.caseCode, data.asked.length + 1, question, now)
        const stored: StoredQuestion = { ...asked, ...scriptFor(asked.id, question, now, cityId, letters, interaction) }
        data.asked.push(stored)
        data.keys[idempotencyKey] = stored.id
        save(cityId, data)
        return runtime.respond(toQuestion(stored, data.helpful, now))
      }),

    markHelpful: (cityId, id, deviceId) =>
      runtime.call(() => {
        const data = load(cityId)
        const now = runtime.clock.now()
        const stored = find(cityId, data, id)
        if (typeof deviceId !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(deviceId)) {
          refuse('deviceId must be 8–64 letters, digits or hyphens')
        }
        if (toQuestion(stored, data.helpful, now).state !== 'answered') {
          throw new ServiceError('server', 'Only an answered question can be marked helpful', 409)
        }
        const devices = (data.helpful[id] ??= [])
        if (!devices.includes(deviceId)) {
          devices.push(deviceId)
          save(cityId, data)
        }
        return runtime.respond({ helpfulCount: toQuestion(stored, data.helpful, now).helpfulCount })
      }),
  }
}
