import * as v from 'valibot'
import type { CityId } from '../../../config/settings'
import type { CityLettersConfig } from '../../cities/city-config'
import { loadLettersConfig } from '../../cities/letters/load-letters-config'
import { addWorkingDays, beijingDate, endOfBeijingDay, type CalendarDate } from '../../shared/calendar/working-days'
import { ServiceError } from '../errors'
import type { LettersPort } from '../letters/letters-port'
import {
  LetterSubmissionSchema,
  MAX_PHOTO_BYTES,
  RATING_COMMENT_MAX,
  type Case,
  type LetterSubmission,
  type PublicReply,
  type TimelineEntry,
} from '../letters/letters-schemas'
import {
  applyStep,
  canApply,
  formatCaseNumber,
  isPoorRating,
  type CaseProgress,
  type CaseStep,
} from '../letters/letters-workflow'
import { PUBLIC_LETTERS } from './fixtures/public-letters'
import type { MockRuntime } from './mock-runtime'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export interface ScheduledStep {
  at: number
  step: CaseStep
}

/** What identifies the citizen: kept for the handling department, never stored with the case. */
type ContactField = 'contactName' | 'mobile' | 'consent'

/** What the mock keeps of a case: no name and no phone number, which it has no use for. */
export interface StoredCase {
  caseNumber: string
  letter: Omit<LetterSubmission, ContactField>
  submittedAt: number
  due: CalendarDate
  /** The handling to come, scripted at submission, and the citizen's own steps (ratings). */
  steps: ScheduledStep[]
}

export interface CityLetters {
  cases: StoredCase[]
  /** Idempotency key → case number. */
  keys: Record<string, string>
  /** Beijing date → last sequence number used that day. */
  sequences: Record<CalendarDate, number>
  /** Photo ids issued by `uploadPhoto`, so `submit` can refuse ids it never gave out. */
  photos: string[]
}

/** FNV-1a: a stable number from a case number, so each case follows its own but repeatable path. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}

const REPLIES: Record<LetterSubmission['type'], string> = {
  consultation: '您好，您咨询的事项已由我单位核实答复：相关政策及办理方式已在回复中说明，如仍有疑问可拨打热线咨询。',
  help: '您好，我单位已联系您反映的情况并协调解决，工作人员已上门处理，后续将持续跟进。',
  complaint: '您好，经现场核查，您反映的问题属实，已责令相关单位限期整改，并将加强日常巡查。',
  report: '您好，经调查核实，已依法对相关行为立案处理，感谢您对我们工作的监督。',
  suggestion: '您好，感谢您的建议。我单位已组织研究，相关意见将在下一步工作中吸收采纳。',
  praise: '您好，感谢您的肯定与鼓励，我们已将您的表扬转达相关工作人员。',
}

/**
 * Where a letter goes when its citizen names no department: the first of these the city has. Without
 * it a complaint about streetlights could be answered by the education bureau.
 */
const ROUTES: Partial<Record<string, readonly string[]>> = {
  'urban-management': ['urban', 'greening'],
  transport: ['transport'],
  housing: ['housing'],
  environment: ['ecology'],
  'social-security': ['hrss'],
  health: ['health'],
  education: ['education'],
  market: ['market'],
}

function routeFor(letter: StoredCase['letter'], departments: CityLettersConfig['departments'], h: number) {
  const ids = letter.departmentId ? [letter.departmentId] : (ROUTES[letter.categoryId] ?? [])
  for (const id of ids) {
    const department = departments.find((d) => d.id === id)
    if (department) return department
  }
  return departments[h % departments.length]
}

/**
 * How the city handles a new case, decided once from its number: most are accepted, assigned and
 * answered in time; some are returned and reassigned, some extended, some answered late, a few not
 * accepted or merged into an earlier case. The times are real instants on the mock's clock.
 */
export function scriptFor(
  stored: StoredCase,
  city: CityLettersConfig,
  earlierCase: string | undefined,
): ScheduledStep[] {
  const h = hash(stored.caseNumber)
  const roll = h % 100
  const t = stored.submittedAt
  const departments = city.departments
  const chosen = routeFor(stored.letter, departments, h)
  if (roll < 5) {
    return [
      {
        at: t + 4 * HOUR,
        step: {
          kind: 'reject',
          reason: '该事项正处于司法程序中，不属于本渠道受理范围。',
          rightChannel: '人民法院诉讼服务中心',
        },
      },
    ]
  }
  if (roll < 10 && earlierCase) {
    return [
      { at: t + 2 * HOUR, step: { kind: 'accept' } },
      { at: t + 6 * HOUR, step: { kind: 'merge', intoCase: earlierCase } },
    ]
  }
  const steps: ScheduledStep[] = [
    { at: t + 2 * HOUR, step: { kind: 'accept' } },
    { at: t + 5 * HOUR, step: { kind: 'assign', department: chosen.name.zh } },
    { at: t + 26 * HOUR, step: { kind: 'start' } },
  ]
  if (roll < 20) {
    const department = departments[(h >>> 8) % departments.length].name.zh
    steps.push({
      at: t + 40 * HOUR,
      step: { kind: 'reassign', department, reason: '经核实，该事项由属地部门办理，已改派。' },
    })
    steps.push({ at: t + 44 * HOUR, step: { kind: 'start' } })
  }
  let replyBy = endOfBeijingDay(stored.due)
  if (roll >= 20 && roll < 35) {
    const newDue = addWorkingDays(stored.due, 5, city.holidays)
    steps.push({
      at: t + (replyBy - t) / 2,
      step: { kind: 'extend', reason: '需多部门现场会勘，申请延期办理。', newDue },
    })
    replyBy = endOfBeijingDay(newDue)
  }
  // 15% are answered after their deadline, by one to three days.
  const replyAt =
    roll >= 85
      ? replyBy + (1 + ((h >>> 4) % 3)) * 24 * HOUR
      : Math.max(t + 48 * HOUR, t + (0.4 + ((h >>> 12) % 50) / 100) * (replyBy - t))
  steps.push({ at: replyAt, step: { kind: 'reply', reply: REPLIES[stored.letter.type] } })
  steps.push({ at: replyAt + 72 * HOUR, step: { kind: 'close' } })
  return steps
}

/** The follow-up after a poor rating: the department looks again and answers within two days. */
export function followUpFor(current: Pick<Case, 'type'>, now: number): ScheduledStep[] {
  return [
    { at: now + 48 * HOUR, step: { kind: 'reply', reply: `（跟进答复）${REPLIES[current.type]}` } },
    { at: now + 120 * HOUR, step: { kind: 'close' } },
  ]
}

function toEntry({ at, step }: ScheduledStep, department: string | undefined): TimelineEntry {
  const entry: TimelineEntry = { step: step.kind, at: new Date(at).toISOString(), department }
  if (step.kind === 'reject') return { ...entry, note: step.reason, rightChannel: step.rightChannel }
  if (step.kind === 'merge') return { ...entry, intoCase: step.intoCase }
  if (step.kind === 'reassign' || step.kind === 'extend') {
    return { ...entry, note: step.reason, newDue: step.kind === 'extend' ? step.newDue : undefined }
  }
  if (step.kind === 'reply') return { ...entry, note: step.reply }
  if (step.kind === 'rate') return { ...entry, rating: step.rating, note: step.comment }
  return entry
}

/** What the public-replies column shows of a case: its latest reply, if a department has replied. */
export function publicReplyOf(current: Case): PublicReply | undefined {
  const reply = [...current.timeline].reverse().find((entry) => entry.step === 'reply')
  if (!reply?.note || !reply.department) return undefined
  return {
    caseNumber: current.caseNumber,
    type: current.type,
    title: current.title,
    description: current.description,
    department: reply.department,
    reply: reply.note,
    submittedAt: current.submittedAt,
    repliedAt: reply.at,
  }
}

/** The case as of `now`: every step due by then, applied in order through the workflow's rules. */
export function caseAt(stored: StoredCase, now: number): Case {
  let progress: CaseProgress = { state: 'submitted', due: stored.due, extended: false, followedUp: false }
  const timeline: TimelineEntry[] = [{ step: 'submit', at: new Date(stored.submittedAt).toISOString() }]
  for (const scheduled of [...stored.steps].sort((a, b) => a.at - b.at)) {
    if (scheduled.at > now || !canApply(progress, scheduled.step.kind)) continue
    progress = applyStep(progress, scheduled.step)
    timeline.push(toEntry(scheduled, progress.department))
  }
  const { letter } = stored
  return {
    caseNumber: stored.caseNumber,
    channelId: letter.channelId,
    type: letter.type,
    categoryId: letter.categoryId,
    title: letter.title,
    description: letter.description,
    isPublic: letter.isPublic,
    submittedAt: new Date(stored.submittedAt).toISOString(),
    due: progress.due,
    state: progress.state,
    department: progress.department,
    extended: progress.extended,
    followedUp: progress.followedUp,
    rating: progress.rating,
    timeline,
  }
}

function refuse(message: string): never {
  throw new ServiceError('server', message, 422)
}

/** Checks a submission against the contract and the city's channels, categories and departments. */
export function checkSubmission(
  submission: LetterSubmission,
  city: CityLettersConfig,
  photos: string[],
): LetterSubmission {
  const parsed = v.safeParse(LetterSubmissionSchema, submission)
  if (!parsed.success) {
    const where = parsed.issues[0].path?.map((p) => String(p.key)).join('.') ?? 'submission'
    refuse(`Invalid letter: ${where}`)
  }
  const letter = parsed.output
  const channel = city.channels.find((c) => c.id === letter.channelId)
  if (!channel) refuse(`Unknown channel ${letter.channelId}`)
  if (!channel.types.includes(letter.type)) refuse(`Channel ${channel.id} does not take ${letter.type} letters`)
  if (!city.categories.some((c) => c.id === letter.categoryId)) refuse(`Unknown category ${letter.categoryId}`)
  if (letter.departmentId && !city.departments.some((d) => d.id === letter.departmentId)) {
    refuse(`Unknown department ${letter.departmentId}`)
  }
  const unknownPhoto = letter.photos.find((photo) => !photo.startsWith('https://') && !photos.includes(photo))
  if (unknownPhoto !== undefined) refuse(`Unknown photo ${unknownPhoto}`)
  return letter
}

/**
 * A newly filed case, numbered in its Beijing day's `sequence`, not yet scripted. Contact details, if
 * the letter has them, stay out: they go to the handling department, never into the case the public
 * replies are made from.
 */
export function openCase(
  filed: StoredCase['letter'] & Partial<Pick<LetterSubmission, ContactField>>,
  city: CityLettersConfig,
  submittedAt: number,
  sequence: number,
): StoredCase {
  const { contactName: _name, mobile: _mobile, consent: _consent, ...letter } = filed
  const start = beijingDate(submittedAt)
  return {
    caseNumber: formatCaseNumber(city.caseCode, start, sequence),
    letter,
    submittedAt,
    due: addWorkingDays(start, city.deadlineDays[letter.type], city.holidays),
    steps: [],
  }
}

/**
 * The photo's size in bytes where the mock can tell: on H5, `chooseMedia` gives `blob:` URLs, which
 * fetch reads. A mini program's temporary paths need its file-system API, which the mock leaves
 * alone, so there the size is unknown and the photo is taken (the form checks the size first anyway).
 */
async function photoSize(localPath: string): Promise<number | undefined> {
  if (!localPath.startsWith('blob:') || typeof fetch !== 'function') return undefined
  try {
    return (await (await fetch(localPath)).blob()).size
  } catch {
    // Like `Taro.uploadFile` on a file it cannot read: the upload never leaves the device.
    throw new ServiceError('network', `Cannot read ${localPath}`)
  }
}

/**
 * A new city's store: earlier letters from other citizens, filed days ago and handled since through
 * the same script as the citizen's own, so the public replies are not empty on a first visit and
 * some of those cases are still open. Each is numbered in its own day's sequence, so today's
 * numbering starts at 1 as it would on a fresh server.
 */
export function seededCity(city: CityLettersConfig, now: number): CityLetters {
  const data: CityLetters = { cases: [], keys: {}, sequences: {}, photos: [] }
  const oldestFirst = [...PUBLIC_LETTERS].sort((a, b) => b.daysAgo - a.daysAgo)
  for (const [i, { daysAgo, rating, ...seed }] of oldestFirst.entries()) {
    const channel = city.channels.find((c) => c.types.includes(seed.type))
    if (!channel) continue
    // A few hours apart within the day, rather than all at the clock's minute.
    const submittedAt = now - daysAgo * DAY - ((i * 5) % 8) * HOUR
    const start = beijingDate(submittedAt)
    // A real city files hundreds a day: a number like a real day's, not always 000001.
    const sequence = Math.max(data.sequences[start] ?? 0, 100 + ((i * 137) % 600)) + 1
    const stored = openCase(
      { ...seed, channelId: channel.id, photos: [], anonymous: true },
      city,
      submittedAt,
      sequence,
    )
    stored.steps = scriptFor(stored, city, data.cases.at(-1)?.caseNumber)
    const reply = stored.steps.find(({ step }) => step.kind === 'reply')
    if (rating && reply) stored.steps.push({ at: reply.at + 20 * HOUR, step: { kind: 'rate', rating } })
    data.cases.push(stored)
    data.sequences[start] = sequence
  }
  return data
}

const storageKey = (city: CityId) => `mock:letters:${city}`
const saveCity = (runtime: MockRuntime, city: CityId, data: CityLetters) =>
  runtime.storage.setItem(storageKey(city), JSON.stringify(data))

/**
 * The city's store; a new one is seeded and saved at once. Synchronous on purpose: callers load the
 * city's config first, so a call's read, change and save happen in one go.
 */
function loadCity(runtime: MockRuntime, cityId: CityId, city: CityLettersConfig): CityLetters {
  try {
    const stored = JSON.parse(runtime.storage.getItem(storageKey(cityId)) ?? 'null') as CityLetters | null
    // `photos` came later than the rest: a store saved before it has none issued.
    if (stored && Array.isArray(stored.cases)) return { ...stored, photos: stored.photos ?? [] }
  } catch {
    // Unreadable: start again rather than fail every call.
  }
  const seeded = seededCity(city, runtime.clock.now())
  saveCity(runtime, cityId, seeded)
  return seeded
}

/**
 * Every case of the city as of the clock's now: the seeded ones and those filed on this device. Read
 * only; the account matrix's board (matrix-mock.ts) computes its figures from these.
 */
export async function casesOf(runtime: MockRuntime, cityId: CityId): Promise<Case[]> {
  const data = loadCity(runtime, cityId, await loadLettersConfig(cityId))
  const now = runtime.clock.now()
  return data.cases.map((stored) => caseAt(stored, now))
}

export function createLettersMock(runtime: MockRuntime): LettersPort {
  const save = (city: CityId, data: CityLetters) => saveCity(runtime, city, data)
  const load = (cityId: CityId, city: CityLettersConfig) => loadCity(runtime, cityId, city)

  function find(data: CityLetters, caseNumber: string): StoredCase {
    const stored = data.cases.find((c) => c.caseNumber === caseNumber)
    if (!stored) throw new ServiceError('not-found', `No case ${caseNumber}`, 404)
    return stored
  }

  return {
    submit: (cityId, submission, idempotencyKey) =>
      runtime.call(async () => {
        // Everything after this await runs in one go, so two sends of one key cannot both file a case.
        const city = await loadLettersConfig(cityId)
        const data = load(cityId, city)
        const existing = data.keys[idempotencyKey]
        if (existing) return caseAt(find(data, existing), runtime.clock.now())
        const checked = checkSubmission(submission, city, data.photos)
        const now = runtime.clock.now()
        const start = beijingDate(now)
        const sequence = (data.sequences[start] ?? 0) + 1
        const stored = openCase(checked, city, now, sequence)
        stored.steps = scriptFor(stored, city, data.cases.at(-1)?.caseNumber)
        data.cases.push(stored)
        data.keys[idempotencyKey] = stored.caseNumber
        data.sequences[start] = sequence
        save(cityId, data)
        return runtime.respond(caseAt(stored, now))
      }),

    uploadPhoto: (cityId, localPath) =>
      runtime.call(async () => {
        const size = await photoSize(localPath)
        if (size !== undefined && size > MAX_PHOTO_BYTES) {
          throw new ServiceError('server', `The photo is ${size} bytes; at most ${MAX_PHOTO_BYTES} are taken`, 413)
        }
        // As in submit: no await between reading the store and saving it.
        const city = await loadLettersConfig(cityId)
        const data = load(cityId, city)
        const id = `photo-${data.photos.length + 1}`
        data.photos.push(id)
        save(cityId, data)
        return runtime.respond({ id })
      }),

    getCase: (cityId, caseNumber) =>
      runtime.call(async () => {
        const data = load(cityId, await loadLettersConfig(cityId))
        return runtime.respond(caseAt(find(data, caseNumber), runtime.clock.now()))
      }),

    rate: (cityId, caseNumber, rating, comment) =>
      runtime.call(async () => {
        const data = load(cityId, await loadLettersConfig(cityId))
        const stored = find(data, caseNumber)
        const now = runtime.clock.now()
        if (comment !== undefined && comment.length > RATING_COMMENT_MAX) refuse('The comment is too long')
        const current = caseAt(stored, now)
        if (!canApply(current, 'rate')) throw new ServiceError('server', 'This case cannot be rated now', 409)
        stored.steps.push({ at: now, step: { kind: 'rate', rating, comment: comment?.trim() || undefined } })
        if (isPoorRating(rating) && !current.followedUp) stored.steps.push(...followUpFor(current, now))
        save(cityId, data)
        return runtime.respond(caseAt(stored, now))
      }),

    listPublicReplies: ({ city: cityId, departmentId, text, cursor, limit = 10 }) =>
      runtime.call(async () => {
        const now = runtime.clock.now()
        const city = await loadLettersConfig(cityId)
        const department = departmentId ? city.departments.find((d) => d.id === departmentId) : undefined
        const matching = load(cityId, city)
          .cases.filter((stored) => stored.letter.isPublic)
          .flatMap((stored) => publicReplyOf(caseAt(stored, now)) ?? [])
          .filter((r) => !department || r.department === department.name.zh)
          .filter((r) => !text || [r.title, r.description, r.reply].some((field) => field.includes(text)))
          .sort((a, b) => Date.parse(b.repliedAt) - Date.parse(a.repliedAt))
        const offset = cursor ? Number(cursor) : 0
        const size = Math.min(Math.max(1, limit), 50)
        const items = matching.slice(offset, offset + size)
        return runtime.respond({ items, nextCursor: offset + size < matching.length ? String(offset + size) : null })
      }),
  }
}
