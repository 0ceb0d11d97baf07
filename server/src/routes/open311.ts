import { randomUUID, timingSafeEqual } from 'node:crypto'
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify'
import * as v from 'valibot'
import { CITY_IDS, type CityId } from '../../../config/settings'
import type { CityLettersConfig } from '../../../src/cities/city-config'
import { loadLettersConfig } from '../../../src/cities/letters/load-letters-config'
import { lettersZh } from '../../../src/features/letters/letters-messages'
import { isServiceError } from '../../../src/services/errors'
import {
  DESCRIPTION_LENGTH,
  LETTER_TYPES,
  TITLE_LENGTH,
  type Case,
  type CaseState,
  type LetterSubmission,
  type LetterType,
} from '../../../src/services/letters/letters-schemas'
import type { ServerContext } from '../app'
import { caseAt, type StoredCase } from '../../../src/services/mock/letters-mock'
import { allCases, casesNumbered, createLettersStore } from '../store/letters'

/**
 * Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2), JSON only, for letters: so 311 apps and
 * city systems built on the standard can file and follow cases. A service is one letter type in one
 * category (`complaint.transport`); a request is a case, its id the case number. The standard's
 * `jurisdiction_id` names the city. Errors are the standard's `[{ code, description }]`.
 */

/** The states a 311 client sees as finished: answered, closed, refused or joined to another case. */
const CLOSED_STATES: readonly CaseState[] = ['replied', 'closed', 'not-accepted', 'merged']
/** A list without ids covers this many days back by default, and answers at most this many requests. */
const DEFAULT_WINDOW_DAYS = 90
const MAX_LISTED = 1000
const MAX_IDS = 50

class Open311Error extends Error {
  constructor(
    readonly status: number,
    description: string,
  ) {
    super(description)
  }
}

const open311Body = (code: number, description: string) => [{ code, description }]

const typeName = (type: LetterType) => lettersZh[`type.${type}`]
const stateName = (state: CaseState) => lettersZh[`caseState.${state}`]

/** A time as the standard writes it (W3C, with the offset): Beijing time, `+08:00`, whole seconds. */
const beijingTime = (instant: string | number) =>
  new Date(new Date(instant).getTime() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00')

interface Service {
  code: string
  type: LetterType
  categoryId: string
}

/** The city's services: every type some channel takes, in every category. */
function servicesOf(config: CityLettersConfig): Service[] {
  const types = LETTER_TYPES.filter((type) => config.channels.some((c) => c.types.includes(type)))
  return types.flatMap((type) =>
    config.categories.map((category) => ({ code: `${type}.${category.id}`, type, categoryId: category.id })),
  )
}

function findService(config: CityLettersConfig, code: string): Service {
  const service = servicesOf(config).find((s) => s.code === code)
  if (!service) throw new Open311Error(404, `No service ${code.slice(0, 60)} in this jurisdiction`)
  return service
}

const serviceName = (config: CityLettersConfig, service: Pick<Service, 'type' | 'categoryId'>) =>
  `${typeName(service.type)} · ${config.categories.find((c) => c.id === service.categoryId)?.name.zh ?? service.categoryId}`

const channelsFor = (config: CityLettersConfig, type: LetterType) =>
  config.channels.filter((c) => c.types.includes(type))

function describeService(config: CityLettersConfig, service: Service) {
  const category = config.categories.find((c) => c.id === service.categoryId)!
  const channels = channelsFor(config, service.type)
  return {
    service_code: service.code,
    service_name: serviceName(config, service),
    description: `${category.name.zh}方面的${typeName(service.type)}，由${channels.map((c) => `“${c.name.zh}”`).join('或')}受理，${config.deadlineDays[service.type]}个工作日内答复。`,
    metadata: true,
    type: 'realtime',
    keywords: [typeName(service.type), category.name.zh, service.type, category.name.en].join(','),
    group: category.name.zh,
  }
}

/** The attributes a request may or must carry beyond the standard's fields (GET services/{code}.json). */
function definitionOf(config: CityLettersConfig, service: Service) {
  const channels = channelsFor(config, service.type)
  const yesNo = [
    { key: 'true', name: '是' },
    { key: 'false', name: '否' },
  ]
  return {
    service_code: service.code,
    attributes: [
      {
        variable: true,
        code: 'title',
        datatype: 'string',
        required: false,
        datatype_description: `${TITLE_LENGTH.min}–${TITLE_LENGTH.max} characters; without it, the description's opening words`,
        order: 1,
        description: '标题',
      },
      {
        variable: true,
        code: 'channel',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: `Without it: ${channels[0].id}`,
        order: 2,
        description: '受理渠道',
        values: channels.map((c) => ({ key: c.id, name: c.name.zh })),
      },
      {
        variable: true,
        code: 'is_public',
        datatype: 'singlevaluelist',
        required: false,
        datatype_description: 'true: the letter and its reply may be published without the name and phone',
        order: 3,
        description: '是否同意公开',
        values: yesNo,
      },
      {
        variable: true,
        code: 'consent',
        datatype: 'singlevaluelist',
        required: true,
        datatype_description:
          'Must be true: the citizen agreed that the city uses the name and phone to handle the case',
        order: 4,
        description: '同意个人信息处理规则',
        values: [{ key: 'true', name: '同意' }],
      },
    ],
  }
}

/** A case as a service request: the standard's fields, nothing that identifies the citizen. */
function toServiceRequest(config: CityLettersConfig, stored: StoredCase, now: number) {
  const current = caseAt(stored, now)
  const latest = current.timeline.at(-1)!
  const channel = config.channels.find((c) => c.id === current.channelId)
  const closed = CLOSED_STATES.includes(current.state)
  return {
    service_request_id: current.caseNumber,
    status: closed ? 'closed' : 'open',
    status_notes: statusNotes(current),
    service_name: serviceName(config, current),
    service_code: `${current.type}.${current.categoryId}`,
    description: current.description,
    agency_responsible: current.department ?? channel?.name.zh ?? null,
    service_notice: serviceNotice(current),
    requested_datetime: beijingTime(current.submittedAt),
    updated_datetime: beijingTime(latest.at),
    expected_datetime: closed ? null : `${current.due}T23:59:59+08:00`,
    address: stored.letter.location ?? null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  }
}

/** The state in words, with what the latest step said: the reply, the refusal's reason, the extension's. */
function statusNotes(current: Case): string {
  const latest = [...current.timeline].reverse().find((entry) => entry.step !== 'rate')!
  const parts: string[] = [stateName(current.state)]
  if (current.department) parts.push(current.department)
  if (latest.note) parts.push(latest.note)
  if (latest.rightChannel) parts.push(`请通过${latest.rightChannel}反映`)
  if (latest.intoCase) parts.push(`并入 ${latest.intoCase}`)
  return parts.join('：')
}

const serviceNotice = (current: Case) => `答复时限：${current.due} 前（工作日计算）`

/** A submitted form: `attribute[code]=value` pairs, or a JSON body with an `attribute` object. */
type Form = Record<string, unknown>

function field(form: Form, name: string): string | undefined {
  const value = form[name]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new Open311Error(400, `${name} must be text`)
  return value.trim()
}

function attribute(form: Form, code: string): string | undefined {
  const nested = form.attribute
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) {
    return field(nested as Form, code)
  }
  return field(form, `attribute[${code}]`)
}

/** Mainland mobile numbers as people write them: +86, spaces and dashes allowed. */
const normaliseMobile = (phone: string) => phone.replace(/[\s-]/g, '').replace(/^(\+?86)/, '')

/** The standard's request fields, mapped onto a letter; what our city needs and the standard leaves optional. */
function toSubmission(config: CityLettersConfig, service: Service, form: Form): LetterSubmission {
  const description = field(form, 'description')
  if (!description) throw new Open311Error(400, 'description is required: what happened, where and when')
  if (description.length < DESCRIPTION_LENGTH.min) {
    throw new Open311Error(
      400,
      `description needs at least ${DESCRIPTION_LENGTH.min} characters: what happened, where and when`,
    )
  }
  const lat = field(form, 'lat')
  const long = field(form, 'long')
  const location = field(form, 'address_string') ?? (lat && long ? `${lat},${long}` : undefined)
  if (!location) throw new Open311Error(400, 'A location is required: address_string, or lat and long')
  const contactName = [field(form, 'first_name'), field(form, 'last_name')].filter(Boolean).join(' ')
  if (!contactName) throw new Open311Error(400, 'first_name or last_name is required: the city calls back by name')
  const phone = field(form, 'phone')
  if (!phone) throw new Open311Error(400, 'phone is required: the city calls back on a mainland mobile number')
  if (attribute(form, 'consent') !== 'true') {
    throw new Open311Error(400, 'attribute[consent] must be true: see this service’s definition')
  }
  const channelId = attribute(form, 'channel') ?? channelsFor(config, service.type)[0].id
  const mediaUrl = field(form, 'media_url')
  return {
    channelId,
    type: service.type,
    categoryId: service.categoryId,
    title: attribute(form, 'title') ?? description.slice(0, TITLE_LENGTH.max),
    description,
    location,
    photos: mediaUrl ? [mediaUrl] : [],
    contactName,
    mobile: normaliseMobile(phone),
    isPublic: attribute(form, 'is_public') === 'true',
    anonymous: false,
    consent: true,
  }
}

const DateTimeSchema = v.pipe(v.string(), v.maxLength(40), v.isoTimestamp())
const ListQuerySchema = v.object({
  service_request_id: v.optional(v.pipe(v.string(), v.maxLength(MAX_IDS * 24))),
  service_code: v.optional(v.pipe(v.string(), v.maxLength(80))),
  start_date: v.optional(DateTimeSchema),
  end_date: v.optional(DateTimeSchema),
  status: v.optional(v.pipe(v.string(), v.regex(/^(open|closed)(,(open|closed))?$/))),
})

function parseQuery<S extends v.GenericSchema>(schema: S, query: unknown): v.InferOutput<S> {
  const parsed = v.safeParse(schema, query)
  if (parsed.success) return parsed.output
  const where = parsed.issues[0].path?.map((p) => String(p.key)).join('.')
  throw new Open311Error(400, `Invalid ${where ?? 'query'}`)
}

function jurisdiction(request: FastifyRequest): CityId {
  const { jurisdiction_id: id } = (request.query ?? {}) as { jurisdiction_id?: unknown }
  const fromBody = (request.body as Form | undefined)?.jurisdiction_id
  const given = id ?? fromBody
  if (given === undefined || given === '') {
    throw new Open311Error(400, `jurisdiction_id is required: one of ${CITY_IDS.join(', ')}`)
  }
  if (typeof given !== 'string') throw new Open311Error(400, 'jurisdiction_id must be text')
  if (!(CITY_IDS as readonly string[]).includes(given)) {
    throw new Open311Error(404, `Unknown jurisdiction_id; this server has ${CITY_IDS.join(', ')}`)
  }
  return given as CityId
}

function checkApiKey(form: Form, keys: readonly string[]) {
  if (keys.length === 0) throw new Open311Error(403, 'Filing through Open311 is off on this server')
  const given = form.api_key
  if (typeof given !== 'string' || given === '') throw new Open311Error(403, 'An api_key is required')
  const matches = keys.some(
    (key) => key.length === given.length && timingSafeEqual(Buffer.from(key), Buffer.from(given)),
  )
  if (!matches) throw new Open311Error(403, 'Invalid api_key')
}

/** Registered under `/open311/v2`, with its own body format and error shape. */
export async function registerOpen311Routes(
  app: FastifyInstance,
  { context, apiKeys }: { context: ServerContext; apiKeys: readonly string[] },
) {
  const { db, clock } = context
  const letters = createLettersStore(context)

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(body as string))),
  )

  app.setErrorHandler((error: FastifyError & { error?: { message?: string } }, request, reply) => {
    if (error instanceof Open311Error) return reply.status(error.status).send(open311Body(error.status, error.message))
    // The letters' own checks (a title too short, an unknown channel): the request was wrong.
    if (isServiceError(error) && error.status && error.status < 500) {
      const status = error.status === 404 ? 404 : 400
      return reply.status(status).send(open311Body(status, error.message))
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      const description =
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'The body is not valid JSON'
          : (error.error?.message ?? error.message)
      return reply.status(error.statusCode).send(open311Body(error.statusCode, description))
    }
    request.log.error({ err: error }, 'open311 request failed')
    return reply.status(500).send(open311Body(500, 'Something went wrong on our side. Please try again.'))
  })
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send(open311Body(404, 'No such Open311 endpoint (JSON only: add .json)')),
  )

  app.get('/services.json', async (request) => {
    const config = await loadLettersConfig(jurisdiction(request))
    return servicesOf(config).map((service) => describeService(config, service))
  })

  app.get('/services/:code.json', async (request) => {
    const config = await loadLettersConfig(jurisdiction(request))
    return definitionOf(config, findService(config, (request.params as { code: string }).code))
  })

  app.post('/requests.json', async (request) => {
    const form = request.body
    if (!form || typeof form !== 'object' || Array.isArray(form)) {
      throw new Open311Error(400, 'Send the request as form fields (application/x-www-form-urlencoded) or JSON')
    }
    checkApiKey(form as Form, apiKeys)
    const city = jurisdiction(request)
    const config = await loadLettersConfig(city)
    const code = field(form as Form, 'service_code')
    if (!code) throw new Open311Error(400, 'service_code is required')
    const submission = toSubmission(config, findService(config, code), form as Form)
    // The standard has no idempotency: a client that sends the header gets it, others file each POST.
    const header = request.headers['idempotency-key']
    const key = typeof header === 'string' && /^[\x21-\x7e]{1,100}$/.test(header) ? header : randomUUID()
    const filed = await letters.submit(city, submission, `open311:${key}`)
    return [{ service_request_id: filed.caseNumber, service_notice: serviceNotice(filed), account_id: null }]
  })

  app.get('/requests.json', async (request) => {
    const city = jurisdiction(request)
    const config = await loadLettersConfig(city)
    const query = parseQuery(ListQuerySchema, request.query)
    const statuses = query.status?.split(',')
    const codes = query.service_code?.split(',')
    const now = clock.now()
    const end = query.end_date ? Date.parse(query.end_date) : now
    const start = query.start_date ? Date.parse(query.start_date) : end - DEFAULT_WINDOW_DAYS * 86_400_000
    if (start > end) throw new Open311Error(400, 'start_date is after end_date')
    const ids = query.service_request_id?.split(',').map((id) => id.trim())
    if (ids && ids.length > MAX_IDS) throw new Open311Error(400, `At most ${MAX_IDS} service_request_id at once`)
    // By number, any case (the number is what the citizen holds); otherwise only what the citizen made public.
    const stored = ids ? await casesNumbered(db, city, ids) : await allCases(db, city, true)
    return stored
      .filter((s) => ids || (s.submittedAt >= start && s.submittedAt <= end))
      .filter((s) => !codes || codes.includes(`${s.letter.type}.${s.letter.categoryId}`))
      .map((s) => toServiceRequest(config, s, now))
      .filter((r) => !statuses || statuses.includes(r.status))
      .sort((a, b) => b.requested_datetime.localeCompare(a.requested_datetime))
      .slice(0, MAX_LISTED)
  })

  app.get('/requests/:id.json', async (request) => {
    const city = jurisdiction(request)
    const config = await loadLettersConfig(city)
    const [found] = await casesNumbered(db, city, [(request.params as { id: string }).id])
    if (!found) throw new Open311Error(404, 'No such service request in this jurisdiction')
    return [toServiceRequest(config, found, clock.now())]
  })
}
