/**
 * @jest-environment node
 *
 * docs/openapi.json, the HTTP contract as OpenAPI 3.1, held to what it describes: it is what the build
 * script makes from the adapter's schemas today, and its paths are exactly the requests the HTTP adapter
 * sends, recorded from a real local server rather than read from the script's table.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import packageJson from '../../package.json'
import type { CityId } from '../../config/settings'
import type { Api } from '../../src/services/api'
import { createHttpApi } from '../../src/services/http/create-http-api'
import { SERVICE_IDS, type LookupQuery, type ServiceId } from '../../src/services/lookups/lookup-schemas'
import { buildOpenApi } from '../../scripts/openapi/build-openapi'
import { sendJson, startLocalServer } from '../support/local-server'
import { SAMPLE_LETTER } from '../support/sample-letter'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

const OPENAPI_FILE = resolve(__dirname, '../../docs/openapi.json')
const built = buildOpenApi() as unknown as JsonObject

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The value a local `$ref` (`#/components/…`) points at, or undefined. */
function resolveRef(document: JsonObject, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined
  let node: Json | undefined = document
  for (const key of ref.slice(2).split('/')) {
    const unescaped = decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~')
    node = isObject(node) ? node[unescaped] : undefined
  }
  return node
}

/** Every `$ref` anywhere in the document. */
function refsIn(node: Json): string[] {
  if (Array.isArray(node)) return node.flatMap(refsIn)
  if (!isObject(node)) return []
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [value] : refsIn(value),
  )
}

interface OperationShape {
  /** Query parameter names, sorted. */
  query: string[]
  idempotencyKey: boolean
  /** The request body's media type, if it has one. */
  body: string | null
}

/** Each operation of the document as `METHOD /template`, with what a request to it carries. */
function documentedOperations(document: JsonObject): Record<string, OperationShape> {
  const operations: Record<string, OperationShape> = {}
  for (const [path, item] of Object.entries(document.paths as JsonObject)) {
    for (const [method, operation] of Object.entries(item as JsonObject)) {
      const op = operation as JsonObject
      const parameters = ((op.parameters ?? []) as Json[]).map((p) =>
        isObject(p) && typeof p.$ref === 'string' ? (resolveRef(document, p.$ref) as JsonObject) : (p as JsonObject),
      )
      const body = isObject(op.requestBody) ? Object.keys(op.requestBody.content as JsonObject) : []
      operations[`${method.toUpperCase()} ${path}`] = {
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => String(p.name))
          .sort(),
        idempotencyKey: parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key'),
        body: body.length === 1 ? body[0] : body.length ? body.join(', ') : null,
      }
    }
  }
  return operations
}

describe('docs/openapi.json', () => {
  test('is what `npm run openapi` makes from the schemas today', () => {
    const hint =
      'docs/openapi.json differs from what scripts/openapi/build-openapi.ts builds from the schemas: ' +
      'run `npm run openapi` and commit the result.'
    let committed: unknown
    try {
      committed = JSON.parse(readFileSync(OPENAPI_FILE, 'utf8'))
    } catch (error) {
      throw new Error(`${hint}\n\n${String(error)}`)
    }
    try {
      expect(committed).toEqual(built)
    } catch (error) {
      if (error instanceof Error) error.message = `${hint}\n\n${error.message}`
      throw error
    }
  })

  test('is a well-formed OpenAPI 3.1 document: every $ref resolves, every path parameter is declared', () => {
    expect(built.openapi).toBe('3.1.0')
    expect((built.info as JsonObject).version).toBe(packageJson.version)

    const unresolved = refsIn(built).filter((ref) => resolveRef(built, ref) === undefined)
    expect(unresolved).toEqual([])

    const components = built.components as JsonObject
    const used = new Set(refsIn(built))
    const unused = Object.keys(components.schemas as JsonObject).filter(
      (name) => !used.has(`#/components/schemas/${name}`),
    )
    expect(unused).toEqual([])

    const operationIds: string[] = []
    for (const [path, item] of Object.entries(built.paths as JsonObject)) {
      const inTemplate = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort()
      for (const [method, operation] of Object.entries(item as JsonObject)) {
        const op = operation as JsonObject
        const where = `${method.toUpperCase()} ${path}`
        operationIds.push(String(op.operationId))
        const parameters = (op.parameters as Json[]).map((p) =>
          isObject(p) && typeof p.$ref === 'string' ? (resolveRef(built, p.$ref) as JsonObject) : (p as JsonObject),
        )
        const inPath = parameters.filter((p) => p.in === 'path')
        expect({ where, params: inPath.map((p) => p.name).sort() }).toEqual({ where, params: inTemplate })
        expect({ where, required: inPath.every((p) => p.required === true) }).toEqual({ where, required: true })

        const responses = op.responses as JsonObject
        expect({ where, has: ['200', 'default'].filter((s) => s in responses) }).toEqual({
          where,
          has: ['200', 'default'],
        })
        for (const [status, response] of Object.entries(responses)) {
          expect({ where, status, description: typeof (response as JsonObject).description }).toEqual({
            where,
            status,
            description: 'string',
          })
        }
      }
    }
    expect(new Set(operationIds).size).toBe(operationIds.length)
  })
})

describe('the HTTP adapter against docs/openapi.json', () => {
  const CITY: CityId = 'chengdu'
  const ID = 'the-id'
  const CASE_NUMBER = 'CD-20261123-000001'
  const COLUMN = 'the-column'
  /** The values this test passes for path parameters, by the name the contract gives each. */
  const PLACEHOLDERS: Record<string, string> = {
    [CITY]: '{city}',
    [ID]: '{id}',
    [CASE_NUMBER]: '{caseNumber}',
    [COLUMN]: '{columnId}',
  }
  const template = (path: string) =>
    path
      .split('/')
      .map((segment) => PLACEHOLDERS[decodeURIComponent(segment)] ?? segment)
      .join('/')

  /** Answers are 404s: only the requests matter. */
  const settle = (call: Promise<unknown>) =>
    call.then(
      () => undefined,
      () => undefined,
    )

  /** Every method of every port, called once with every optional argument (a new method is a type error). */
  type PortCalls = { [P in keyof Api]: { [M in keyof Api[P]]: (api: Api) => Promise<unknown> } }
  const callsWith = (photoPath: string): PortCalls => ({
    news: {
      listNotices: (api) => api.news.listNotices(CITY),
      listArticles: (api) => api.news.listArticles({ city: CITY, columnId: COLUMN, cursor: 'c', limit: 5 }),
      getArticle: (api) => api.news.getArticle(CITY, ID),
    },
    letters: {
      submit: (api) => api.letters.submit(CITY, SAMPLE_LETTER, 'key-1'),
      uploadPhoto: (api) => api.letters.uploadPhoto(CITY, photoPath),
      getCase: (api) => api.letters.getCase(CITY, CASE_NUMBER),
      rate: (api) => api.letters.rate(CITY, CASE_NUMBER, 'satisfied', 'Fixed in a week.'),
      listPublicReplies: (api) =>
        api.letters.listPublicReplies({ city: CITY, departmentId: 'd', text: 't', cursor: 'c', limit: 5 }),
    },
    lookups: {
      // One path per service: the contract's query and result differ by service.
      lookup: async (api) => {
        for (const service of SERVICE_IDS) {
          await settle(api.lookups.lookup(CITY, service, {} as LookupQuery<ServiceId>))
        }
      },
    },
    questions: {
      listAnswered: (api) =>
        api.questions.listAnswered({
          city: CITY,
          departmentId: 'd',
          topicId: 't',
          text: 'q',
          cursor: 'c',
          limit: 5,
        }),
      getQuestion: (api) => api.questions.getQuestion(CITY, ID),
      ask: (api) =>
        api.questions.ask(
          CITY,
          {
            departmentId: null,
            title: '公交站台',
            body: '站台的遮雨棚破了',
            nickname: '',
            anonymous: true,
            consent: true,
          },
          'key-2',
        ),
      markHelpful: (api) => api.questions.markHelpful(CITY, ID, 'device-0001'),
    },
    consultations: {
      listConsultations: (api) =>
        api.consultations.listConsultations({ city: CITY, status: 'open', cursor: 'c', limit: 5 }),
      getConsultation: (api) => api.consultations.getConsultation(CITY, ID),
      comment: (api) => api.consultations.comment(CITY, ID, { text: '建议增加夜间班次。', consent: true }, 'key-3'),
    },
    matrix: {
      listAccounts: (api) => api.matrix.listAccounts(CITY),
      getBoard: (api) => api.matrix.getBoard(CITY, 'd'),
    },
    stories: {
      listStories: (api) => api.stories.listStories(CITY, 'food'),
      getStory: (api) => api.stories.getStory(CITY, ID),
    },
    search: {
      search: (api) => api.search.search(CITY, '社保'),
    },
  })

  let recorded: (OperationShape & { request: string })[]
  let silent: string[]

  beforeAll(async () => {
    recorded = []
    silent = []
    const server = await startLocalServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const type = req.headers['content-type']?.split(';')[0].trim()
      recorded.push({
        request: `${req.method} ${template(url.pathname)}`,
        query: [...new Set(url.searchParams.keys())].sort(),
        idempotencyKey: req.headers['idempotency-key'] !== undefined,
        body: type ?? null,
      })
      sendJson(res, 404, { error: { code: 'recording', message: 'This server only records requests' } })
    })
    const dir = await mkdtemp(join(tmpdir(), 'openapi-photo-'))
    const photo = join(dir, 'street-light.jpg')
    await writeFile(photo, 'a photo')
    try {
      const api = createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 2000, retries: 0 })
      for (const [port, methods] of Object.entries(callsWith(photo))) {
        for (const [method, call] of Object.entries(methods as Record<string, (api: Api) => Promise<unknown>>)) {
          const before = recorded.length
          await settle(call(api))
          if (recorded.length === before) silent.push(`${port}.${method}`)
        }
      }
    } finally {
      await server.close()
      await rm(dir, { recursive: true })
    }
  })

  test('every port method sends a request', () => {
    expect(silent).toEqual([])
  })

  test('every path the adapter calls is in the document, and nothing else', () => {
    const requested = [...new Set(recorded.map((r) => r.request))].sort()
    expect(requested).toEqual(Object.keys(documentedOperations(built)).sort())
  })

  test('each request carries the query parameters, Idempotency-Key and body type the document declares', () => {
    const requests = Object.fromEntries(recorded.map(({ request, ...shape }) => [request, shape]))
    expect(requests).toEqual(documentedOperations(built))
  })
})
