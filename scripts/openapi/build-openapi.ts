/**
 * `npm run openapi`: writes docs/openapi.json, the HTTP contract as an OpenAPI 3.1 document.
 *
 * The schemas are the very valibot schemas the HTTP adapter checks answers with (and the app sends),
 * converted by @valibot/to-json-schema; the paths are a typed table of what src/services/http/*-http.ts
 * call. test/contract/openapi.test.ts fails when the committed file, the schemas and the adapter's
 * requests disagree. Rules a schema cannot say (ordering, idempotency, deadlines) stay in prose in
 * docs/http-contract.md.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { toJsonSchemaDefs, type ConversionConfig, type JsonSchema } from '@valibot/to-json-schema'
import * as v from 'valibot'
import packageJson from '../../package.json'
import { CITY_IDS } from '../../config/settings'
import {
  CalendarDateSchema,
  ErrorBodySchema,
  InstantSchema,
  LocalizedTextSchema,
} from '../../src/services/common-schemas'
import {
  COMMENT_LENGTH,
  CONSULTATION_STATUSES,
  CommentReceiptSchema,
  CommentSubmissionSchema,
  ConsultationPageSchema,
  ConsultationSchema,
  ConsultationSummarySchema,
} from '../../src/services/consultations/consultations-schemas'
import {
  CaseSchema,
  LetterSubmissionSchema,
  MAX_PHOTO_BYTES,
  PublicReplyPageSchema,
  PublicReplySchema,
  RATINGS,
  RATING_COMMENT_MAX,
  TimelineEntrySchema,
  UploadedPhotoSchema,
} from '../../src/services/letters/letters-schemas'
import { CATALOGUE } from '../../src/services/lookups/catalogue'
import {
  LOOKUP_QUERY_SCHEMAS,
  LOOKUP_RESULT_SCHEMAS,
  SERVICE_IDS,
  type ServiceId,
} from '../../src/services/lookups/lookup-schemas'
import {
  AccountListSchema,
  AccountSchema,
  BoardFiguresSchema,
  BoardSchema,
} from '../../src/services/matrix/matrix-schemas'
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../src/services/news/news-port'
import {
  ArticlePageSchema,
  ArticleSchema,
  ArticleSummarySchema,
  NoticeListSchema,
  NoticeSchema,
} from '../../src/services/news/news-schemas'
import {
  HelpfulSchema,
  QuestionPageSchema,
  QuestionSchema,
  QuestionSubmissionSchema,
} from '../../src/services/questions/questions-schemas'
import { SearchGroupSchema, SearchItemSchema, SearchResultsSchema } from '../../src/services/search/search-schemas'
import {
  STORY_CATEGORIES,
  StoryImageSchema,
  StoryListSchema,
  StorySchema,
  StorySummarySchema,
} from '../../src/services/stories/stories-schemas'

// ---------------------------------------------------------------------------------------------------
// Request bodies the adapter builds inline, with no schema of their own in src/services: written here
// from the exported limits and the prose contract, so the document can describe them.

/** `POST /cities/{city}/letters/{caseNumber}/rating`: what letters-http.ts `rate` sends. */
const RatingSubmissionSchema = v.object({
  rating: v.picklist(RATINGS),
  comment: v.optional(v.pipe(v.string(), v.maxLength(RATING_COMMENT_MAX))),
})
/** `POST /cities/{city}/questions/{id}/helpful`: what questions-http.ts `markHelpful` sends. */
const HelpfulRequestSchema = v.object({ deviceId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{8,64}$/)) })

// ---------------------------------------------------------------------------------------------------
// Named schemas: each becomes `components.schemas.<Name>`, and every use of the same schema object
// (a field, an array's items, a body) becomes a `$ref` to it.

const pascal = (id: string) => id.replace(/(^|-)([a-z])/g, (_, _dash: string, letter: string) => letter.toUpperCase())

const personQuery = LOOKUP_QUERY_SCHEMAS['social-insurance']

/** What each look-up sends and answers, by service; the personal look-ups share one query schema. */
function lookupComponents(): Record<string, v.GenericSchema> {
  const named: Record<string, v.GenericSchema> = {
    PersonQuery: personQuery,
    ResidentId: personQuery.entries.residentId,
    CreditCode: LOOKUP_QUERY_SCHEMAS['enterprise-licence'].entries.creditCode,
  }
  for (const service of SERVICE_IDS) {
    if (LOOKUP_QUERY_SCHEMAS[service] !== personQuery) named[`${pascal(service)}Query`] = LOOKUP_QUERY_SCHEMAS[service]
  }
  for (const service of SERVICE_IDS) named[`${pascal(service)}Result`] = LOOKUP_RESULT_SCHEMAS[service]
  return named
}

const COMPONENTS: Record<string, v.GenericSchema> = {
  ErrorBody: ErrorBodySchema,
  LocalizedText: LocalizedTextSchema,
  Instant: InstantSchema,
  CalendarDate: CalendarDateSchema,
  // News
  Notice: NoticeSchema,
  NoticeList: NoticeListSchema,
  ArticleSummary: ArticleSummarySchema,
  ArticlePage: ArticlePageSchema,
  Article: ArticleSchema,
  // Letters
  LetterSubmission: LetterSubmissionSchema,
  UploadedPhoto: UploadedPhotoSchema,
  TimelineEntry: TimelineEntrySchema,
  Case: CaseSchema,
  RatingSubmission: RatingSubmissionSchema,
  PublicReply: PublicReplySchema,
  PublicReplyPage: PublicReplyPageSchema,
  // Services (look-ups)
  ...lookupComponents(),
  // You Ask, I Answer
  QuestionSubmission: QuestionSubmissionSchema,
  Question: QuestionSchema,
  QuestionPage: QuestionPageSchema,
  HelpfulRequest: HelpfulRequestSchema,
  Helpful: HelpfulSchema,
  // Consultations
  ConsultationSummary: ConsultationSummarySchema,
  ConsultationPage: ConsultationPageSchema,
  Consultation: ConsultationSchema,
  CommentSubmission: CommentSubmissionSchema,
  CommentReceipt: CommentReceiptSchema,
  // Account matrix
  Account: AccountSchema,
  AccountList: AccountListSchema,
  BoardFigures: BoardFiguresSchema,
  Board: BoardSchema,
  // I Love <City>
  StoryImage: StoryImageSchema,
  StorySummary: StorySummarySchema,
  StoryList: StoryListSchema,
  Story: StorySchema,
  // One-stop search
  SearchItem: SearchItemSchema,
  SearchGroup: SearchGroupSchema,
  SearchResults: SearchResultsSchema,
}

/** What a schema cannot say about a component: checks that live in code. */
const COMPONENT_DESCRIPTIONS: Record<string, string> = {
  ErrorBody: 'The body of every non-2xx answer.',
  ResidentId:
    'The 18-character resident identity number with a valid region, birth date and ISO 7064 check character, ' +
    'an upper-case X and no spaces (checked in code: src/shared/personal/resident-id.ts).',
  CreditCode:
    'The 18-character unified social credit code (GB 32100), upper case, with a valid check character ' +
    '(checked in code: src/shared/personal/credit-code.ts).',
  PersonQuery: 'The query of the personal look-ups: social-insurance, housing-fund and vaccination.',
}

const REF_PREFIX = '#/components/schemas/'

/**
 * Conversion to JSON Schema 2020-12, the dialect of OpenAPI 3.1. Errors are thrown, not ignored, so a
 * new action the converter cannot express fails the build instead of quietly loosening the document;
 * the two the schemas use today are handled here.
 */
const CONVERSION: ConversionConfig = {
  target: 'draft-2020-12',
  overrideRef: ({ referenceId }) => `${REF_PREFIX}${referenceId}`,
  overrideAction: ({ valibotAction, jsonSchema }) => {
    // A transformation: the receiver trims, then checks the limits that follow.
    if (valibotAction.type === 'trim') {
      return { ...jsonSchema, description: 'Trimmed (leading and trailing white space) before the limits apply.' }
    }
    // A function JSON Schema cannot run (check characters, free ≤ total spaces): say that it exists.
    if (valibotAction.type === 'check') {
      return { ...jsonSchema, $comment: 'Also passes a check in code: see the valibot schema in src/services.' }
    }
    return undefined
  },
}

const schemaNames = new Map<v.GenericSchema, string>(Object.entries(COMPONENTS).map(([name, s]) => [s, name]))

/** A named schema as a `$ref`; an unnamed one (a query parameter's) converted inline. */
function schemaOf(schema: v.GenericSchema): JsonSchema {
  const name = schemaNames.get(schema)
  if (name) return { $ref: `${REF_PREFIX}${name}` }
  return toJsonSchemaDefs({ inline: schema }, CONVERSION).inline
}

// ---------------------------------------------------------------------------------------------------
// The paths: one row per endpoint the HTTP adapter calls (src/services/http/*-http.ts).

type Tag = 'News' | 'Letters' | 'Services' | 'Questions' | 'Consultations' | 'Matrix' | 'Stories' | 'Search'
type ErrorStatus = 400 | 404 | 409 | 413 | 422 | 429

/** The `{name}`s of a path template. */
type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParams<Rest> : never

interface QueryParam {
  schema: v.GenericSchema
  description: string
  required?: true
}

/** The photo upload's body: one multipart/form-data field, `photo`, sent by `Taro.uploadFile`. */
const PHOTO_UPLOAD = 'photo-upload'

interface EndpointSpec<P extends string> {
  method: 'get' | 'post'
  path: P
  operationId: string
  tag: Tag
  summary: string
  description?: string
  /** What each path parameter other than `city` is (a string of at least one character). */
  params: Record<Exclude<PathParams<P>, 'city'>, string>
  /** Query parameters by name; `cursor` and `limit` are the shared paging ones. */
  query?: Record<string, QueryParam | 'cursor' | 'limit'>
  /** The adapter sends `Idempotency-Key` (a POST that creates something). */
  idempotencyKey?: true
  body?: v.GenericSchema | typeof PHOTO_UPLOAD
  /** The schema the adapter validates a 2xx answer with. */
  response: v.GenericSchema
  /** The error statuses docs/http-contract.md names for this endpoint, with what each means here. */
  errors?: Partial<Record<ErrorStatus, string>>
}

type Endpoint = EndpointSpec<string> & { params: Record<string, string> }

/** One row, typed by its path so every path parameter must be described. */
const endpoint = <P extends `/cities/{city}${string}`>(spec: EndpointSpec<P>): Endpoint => spec as Endpoint

const NOT_FOUND = (thing: string) => ({ 404: `No ${thing} with this id.` })
const NO_KEY = { 400: 'No `Idempotency-Key` header.' }
const BAD_PAGE = '`limit` outside 1–50, or a `cursor` the server did not give.'

const filter = (description: string): QueryParam => ({ schema: v.string(), description })
const textQuery = filter('Words to find (Latin letters in any case). The app leaves it out when empty.')

const lookupEndpoints = SERVICE_IDS.map((service: ServiceId) =>
  endpoint({
    method: 'post',
    path: `/cities/{city}/lookups/${service}`,
    operationId: `lookup${pascal(service)}`,
    tag: 'Services',
    summary: `Look-up: ${CATALOGUE[service].name.en}`,
    description:
      'A POST because the query may carry personal data, which never goes in a URL. Never retried; no ' +
      'Idempotency-Key, since a look-up creates nothing. Nothing on record is a 200 with an empty list, ' +
      '`status: "none"` or `enterprise: null`.' +
      (CATALOGUE[service].personal
        ? ' A personal look-up: the server must not log or keep the query, and answers with ' +
          '`Cache-Control: no-store`.'
        : ''),
    params: {},
    body: LOOKUP_QUERY_SCHEMAS[service],
    response: LOOKUP_RESULT_SCHEMAS[service],
    errors: {
      404: 'The query names a bus line, stop, district or road the city does not have, or the city does not offer the service.',
      422: 'The query breaks its schema; the message names the field, never its value.',
    },
  }),
)

const ENDPOINTS: readonly Endpoint[] = [
  // News (news-http.ts)
  endpoint({
    method: 'get',
    path: '/cities/{city}/notices',
    operationId: 'listNotices',
    tag: 'News',
    summary: 'Pinned notices in force now, most severe first, then newest first',
    params: {},
    response: NoticeListSchema,
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/columns/{columnId}/articles',
    operationId: 'listArticles',
    tag: 'News',
    summary: "One page of a column's feed, newest first",
    description: 'An unknown column is an empty last page.',
    params: { columnId: 'The column, e.g. `latest`.' },
    query: { cursor: 'cursor', limit: 'limit' },
    response: ArticlePageSchema,
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/articles/{id}',
    operationId: 'getArticle',
    tag: 'News',
    summary: 'One article with its body (untrusted HTML the app sanitises)',
    params: { id: 'The article id.' },
    response: ArticleSchema,
    errors: NOT_FOUND('article'),
  }),

  // Letters (letters-http.ts)
  endpoint({
    method: 'post',
    path: '/cities/{city}/letters',
    operationId: 'submitLetter',
    tag: 'Letters',
    summary: 'Files a letter; answers the case',
    description: 'The same Idempotency-Key always answers the same case and never files a second one.',
    params: {},
    idempotencyKey: true,
    body: LetterSubmissionSchema,
    response: CaseSchema,
    errors: {
      422:
        'The body breaks the limits, or names a channel, category or department the city does not have, a type ' +
        "the channel does not take, or a photo id this city's upload never issued.",
    },
  }),
  endpoint({
    method: 'post',
    path: '/cities/{city}/letters/photos',
    operationId: 'uploadLetterPhoto',
    tag: 'Letters',
    summary: 'Uploads one photo for a letter not yet filed; answers its id',
    description:
      'Sent with `Taro.uploadFile`, one request per photo, never retried and without an Idempotency-Key. ' +
      'The id belongs to this city.',
    params: {},
    body: PHOTO_UPLOAD,
    response: UploadedPhotoSchema,
    errors: {
      400: 'No `photo` field.',
      413: `The file is over ${MAX_PHOTO_BYTES} bytes (10 MB).`,
    },
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/letters/{caseNumber}',
    operationId: 'getCase',
    tag: 'Letters',
    summary: "One case and its timeline, as of the server's now",
    params: { caseNumber: 'The case number, e.g. `SH-20261123-000123`.' },
    response: CaseSchema,
    errors: { 404: 'No case with this number.' },
  }),
  endpoint({
    method: 'post',
    path: '/cities/{city}/letters/{caseNumber}/rating',
    operationId: 'rateCase',
    tag: 'Letters',
    summary: 'Rates a replied case, once; answers the case',
    description: '`dissatisfied` or worse reopens the case once for a follow-up (`followedUp: true`).',
    params: { caseNumber: 'The case number.' },
    body: RatingSubmissionSchema,
    response: CaseSchema,
    errors: { 409: 'The case is not replied to yet, or is rated already.' },
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/public-replies',
    operationId: 'listPublicReplies',
    tag: 'Letters',
    summary: 'Cases their citizens made public, with the reply, newest reply first, anonymised',
    params: {},
    query: {
      department: filter('A letters department id.'),
      q: textQuery,
      cursor: 'cursor',
      limit: 'limit',
    },
    response: PublicReplyPageSchema,
  }),

  // Services (lookups-http.ts)
  ...lookupEndpoints,

  // You Ask, I Answer (questions-http.ts)
  endpoint({
    method: 'get',
    path: '/cities/{city}/questions',
    operationId: 'listAnsweredQuestions',
    tag: 'Questions',
    summary: 'Answered questions, newest reply first',
    description: 'An unknown `department` or `topic` is an empty last page.',
    params: {},
    query: {
      department: filter('A department id.'),
      topic: filter('A topic id.'),
      q: textQuery,
      cursor: 'cursor',
      limit: 'limit',
    },
    response: QuestionPageSchema,
    errors: { 422: BAD_PAGE },
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/questions/{id}',
    operationId: 'getQuestion',
    tag: 'Questions',
    summary: 'One question, answered or not',
    params: { id: 'The question id.' },
    response: QuestionSchema,
    errors: NOT_FOUND('question'),
  }),
  endpoint({
    method: 'post',
    path: '/cities/{city}/questions',
    operationId: 'askQuestion',
    tag: 'Questions',
    summary: 'Asks a question; answers it, `waiting`',
    description: 'The same Idempotency-Key always answers the same question and never asks a second one.',
    params: {},
    idempotencyKey: true,
    body: QuestionSubmissionSchema,
    response: QuestionSchema,
    errors: {
      ...NO_KEY,
      422:
        'The body breaks the limits or names a department the city does not have; the message names the ' +
        "field, never the citizen's text.",
    },
  }),
  endpoint({
    method: 'post',
    path: '/cities/{city}/questions/{id}/helpful',
    operationId: 'markQuestionHelpful',
    tag: 'Questions',
    summary: '"This helped me", counted once per question and device',
    description: 'A repeat answers the same count, so the app may retry it.',
    params: { id: 'The question id.' },
    body: HelpfulRequestSchema,
    response: HelpfulSchema,
    errors: {
      ...NOT_FOUND('question'),
      409: 'The question is not answered.',
      422: 'A malformed `deviceId`.',
    },
  }),

  // Consultations (consultations-http.ts)
  endpoint({
    method: 'get',
    path: '/cities/{city}/consultations',
    operationId: 'listConsultations',
    tag: 'Consultations',
    summary: 'Open consultations closing soonest first, or closed ones closed most recently first',
    params: {},
    query: {
      status: { schema: v.picklist(CONSULTATION_STATUSES), description: 'Which ones.', required: true },
      cursor: 'cursor',
      limit: 'limit',
    },
    response: ConsultationPageSchema,
    errors: { 422: `Another \`status\`, or ${BAD_PAGE}` },
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/consultations/{id}',
    operationId: 'getConsultation',
    tag: 'Consultations',
    summary: 'One consultation with its draft and, once published, its feedback',
    params: { id: 'The consultation id.' },
    response: ConsultationSchema,
    errors: { 404: 'No published consultation with this id (one whose start date has not come is not published).' },
  }),
  endpoint({
    method: 'post',
    path: '/cities/{city}/consultations/{id}/comments',
    operationId: 'commentOnConsultation',
    tag: 'Consultations',
    summary: 'Comments on an open consultation; answers a receipt',
    description:
      `\`text\` is ${COMMENT_LENGTH.min}–${COMMENT_LENGTH.max} characters after trimming. The same ` +
      'Idempotency-Key always answers the first receipt (even after the deadline) and never counts twice.',
    params: { id: 'The consultation id.' },
    idempotencyKey: true,
    body: CommentSubmissionSchema,
    response: CommentReceiptSchema,
    errors: {
      ...NO_KEY,
      ...NOT_FOUND('consultation'),
      409: 'After the end of the end date (Beijing time), whenever the page was opened.',
      422: 'The body breaks the limits.',
    },
  }),

  // Account matrix (matrix-http.ts)
  endpoint({
    method: 'get',
    path: '/cities/{city}/accounts',
    operationId: 'listAccounts',
    tag: 'Matrix',
    summary: "All the city's official accounts, and the server's now",
    params: {},
    response: AccountListSchema,
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/board',
    operationId: 'getBoard',
    tag: 'Matrix',
    summary: "The accountability board: the whole city's, or one department's",
    params: {},
    query: { department: filter("A letters department id; without it, the whole city's board.") },
    response: BoardSchema,
    errors: { 404: 'The city has no such department.' },
  }),

  // I Love <City> (stories-http.ts)
  endpoint({
    method: 'get',
    path: '/cities/{city}/stories',
    operationId: 'listStories',
    tag: 'Stories',
    summary: "The city's stories in the editors' order (no paging)",
    params: {},
    query: { category: { schema: v.picklist(STORY_CATEGORIES), description: 'Only this category.' } },
    response: StoryListSchema,
    errors: { 422: 'A category not in the list.' },
  }),
  endpoint({
    method: 'get',
    path: '/cities/{city}/stories/{id}',
    operationId: 'getStory',
    tag: 'Stories',
    summary: 'One story with its body',
    params: { id: 'The story id.' },
    response: StorySchema,
    errors: { 404: 'No story with this id in this city.' },
  }),

  // One-stop search (search-http.ts)
  endpoint({
    method: 'get',
    path: '/cities/{city}/search',
    operationId: 'search',
    tag: 'Search',
    summary: "One box over the city's news, services, answered questions, consultations and departments",
    description: 'Never refused: a query that is empty after normalising answers `{ "groups": [] }`.',
    params: {},
    query: {
      q: filter('What the citizen typed: Chinese, or pinyin in full or by initials. The app leaves it out when empty.'),
    },
    response: SearchResultsSchema,
  }),
]

// ---------------------------------------------------------------------------------------------------
// The document.

const TAGS: Record<Tag, string> = {
  News: 'News and information',
  Letters: 'Letters and complaints (市长信箱 / 12345)',
  Services: "The services catalogue's look-ups",
  Questions: 'You Ask, I Answer (你问我答)',
  Consultations: 'Consultations (征求意见)',
  Matrix: 'Account matrix (政务矩阵) and accountability board',
  Stories: 'I Love <City> (我爱<城市>)',
  Search: 'One-stop search (一站式搜索)',
}

const json = (schema: JsonSchema) => ({ 'application/json': { schema } })
const ref = (kind: 'parameters', name: string) => ({ $ref: `#/components/${kind}/${name}` })

const PARAMETERS = {
  city: {
    name: 'city',
    in: 'path',
    required: true,
    description: 'The city (config/settings.ts `CITY_IDS`).',
    schema: schemaOf(v.picklist(CITY_IDS)),
  },
  cursor: {
    name: 'cursor',
    in: 'query',
    description: "Opaque: the previous page's `nextCursor`; absent for the first page.",
    schema: schemaOf(v.string()),
  },
  limit: {
    name: 'limit',
    in: 'query',
    description: 'Items per page.',
    schema: schemaOf(
      v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PAGE_SIZE)), DEFAULT_PAGE_SIZE),
    ),
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description:
      'Made on the device, one per draft; the server creates at most one record per key and answers a ' +
      'repeat with the first result. The prose contract calls it a UUID; the app makes ' +
      '`<time base 36>-<random base 36>` (src/shared/drafts/drafts-store.ts), so any non-empty string is valid.',
    schema: schemaOf(v.pipe(v.string(), v.minLength(1))),
  },
} as const

function operation(e: Endpoint) {
  const parameters: unknown[] = [ref('parameters', 'city')]
  for (const [name, description] of Object.entries(e.params)) {
    parameters.push({
      name,
      in: 'path',
      required: true,
      description,
      schema: schemaOf(v.pipe(v.string(), v.minLength(1))),
    })
  }
  for (const [name, param] of Object.entries(e.query ?? {})) {
    if (param === 'cursor' || param === 'limit') {
      if (name !== param) throw new Error(`${e.path}: the paging parameter ${param} must be called ${param}`)
      parameters.push(ref('parameters', param))
    } else {
      parameters.push({
        name,
        in: 'query',
        ...(param.required ? { required: true } : {}),
        description: param.description,
        schema: schemaOf(param.schema),
      })
    }
  }
  if (e.idempotencyKey) parameters.push(ref('parameters', 'IdempotencyKey'))

  const requestBody =
    e.body === undefined
      ? undefined
      : e.body === PHOTO_UPLOAD
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    photo: {
                      type: 'string',
                      contentMediaType: 'application/octet-stream',
                      description: `The photo's bytes: at most ${MAX_PHOTO_BYTES} bytes (MAX_PHOTO_BYTES).`,
                    },
                  },
                  required: ['photo'],
                },
              },
            },
          }
        : { required: true, content: json(schemaOf(e.body)) }

  const errorBody = json({ $ref: `${REF_PREFIX}ErrorBody` })
  const errors = Object.entries(e.errors ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, description]) => [status, { description, content: errorBody }])

  return {
    operationId: e.operationId,
    tags: [e.tag],
    summary: e.summary,
    ...(e.description ? { description: e.description } : {}),
    parameters,
    ...(requestBody ? { requestBody } : {}),
    responses: {
      200: { description: 'The answer, as the adapter validates it.', content: json(schemaOf(e.response)) },
      ...Object.fromEntries(errors),
      default: {
        description:
          'Any other failure: a 5xx, or a 4xx not listed here. The app shows 404 as "not found" and anything ' +
          'else as a server error.',
        content: errorBody,
      },
    },
  }
}

/** The HTTP contract as an OpenAPI 3.1 document (a plain JSON value). */
export function buildOpenApi() {
  const paths: Record<string, Record<string, ReturnType<typeof operation>>> = {}
  for (const e of ENDPOINTS) {
    const item = (paths[e.path] ??= {})
    if (item[e.method]) throw new Error(`${e.method.toUpperCase()} ${e.path} is in the table twice`)
    item[e.method] = operation(e)
  }

  const converted = toJsonSchemaDefs(COMPONENTS, CONVERSION)
  const schemas = Object.fromEntries(
    Object.entries(converted).map(([name, schema]) => {
      const description = COMPONENT_DESCRIPTIONS[name]
      return [name, description ? { ...schema, description } : schema]
    }),
  )

  const document = {
    openapi: '3.1.0',
    info: {
      title: 'City government mini program: HTTP contract',
      version: packageJson.version,
      description:
        "The endpoints the app's HTTP adapter (src/services/http/) calls. Generated by `npm run openapi` " +
        '(scripts/openapi/build-openapi.ts) from the valibot schemas the adapter validates with; do not edit ' +
        'by hand. The rules a schema cannot say (ordering, paging, idempotency, deadlines, privacy) are in ' +
        'docs/http-contract.md.',
    },
    servers: [
      {
        url: 'https://api.example.gov.cn/v1',
        description: "An example: each city's backend has its own base URL (TARO_APP_API_BASE).",
      },
    ],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: { schemas, parameters: PARAMETERS },
  }
  // A plain JSON value, exactly what the file holds (no undefined, no shared objects).
  return JSON.parse(JSON.stringify(document)) as typeof document
}

const OPENAPI_FILE = resolve(__dirname, '../../docs/openapi.json')

/** The document as committed: 2-space JSON in the repository's Prettier style, with a final newline. */
async function formatOpenApi(document: unknown): Promise<string> {
  const prettier = await import('prettier')
  const options = await prettier.resolveConfig(OPENAPI_FILE)
  return prettier.format(JSON.stringify(document, null, 2), { ...options, parser: 'json' })
}

if (require.main === module) {
  formatOpenApi(buildOpenApi())
    .then((text) => {
      writeFileSync(OPENAPI_FILE, text)
      console.log(`Wrote ${OPENAPI_FILE}`)
    })
    .catch((error: unknown) => {
      console.error(error)
      process.exitCode = 1
    })
}
