/**
 * @jest-environment node
 *
 * Letters behaviour, run against both adapters: the mock, and the HTTP adapter talking to a real
 * local server that serves the mock over the HTTP contract. The backing mock's clock and faults are
 * the test's, so both runs see the same city handling the same cases.
 */
import type { Api } from '../../src/services/api'
import { createHttpApi } from '../../src/services/http/create-http-api'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CityId } from '../../config/settings'
import type { Page } from '../../src/services/common-schemas'
import {
  MAX_PHOTO_BYTES,
  RATING_COMMENT_MAX,
  type Case,
  type LetterSubmission,
  type PublicReply,
} from '../../src/services/letters/letters-schemas'
import { applyStep, canApply, type CaseProgress } from '../../src/services/letters/letters-workflow'
import { sendJson, startLocalServer } from '../support/local-server'
import { seeded } from '../support/seeded-random'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'
import { createTestMockApi } from '../support/test-api'

const DAY = 86_400_000

const letter = (overrides: Partial<LetterSubmission> = {}): LetterSubmission => ({
  channelId: 'hotline-12345',
  type: 'complaint',
  categoryId: 'urban-management',
  title: '小区门口路灯连续一周不亮',
  description: '徐汇区某小区南门外的两盏路灯从上周起一直不亮，夜间行人和非机动车通行不便，存在安全隐患。',
  location: '徐汇区漕溪北路',
  photos: [],
  contactName: '王女士',
  mobile: '13812345678',
  isPublic: true,
  anonymous: false,
  consent: true,
  ...overrides,
})

/** Every page of a city's public replies, following the cursor. */
async function allPublicReplies(api: Api, city: CityId): Promise<PublicReply[]> {
  const all: PublicReply[] = []
  let page: Page<PublicReply> = { items: [], nextCursor: null }
  do {
    page = await api.letters.listPublicReplies({ city, cursor: page.nextCursor, limit: 5 })
    all.push(...page.items)
  } while (page.nextCursor)
  return all
}

/** What a public reply may say, and nothing else: nothing that identifies the citizen. */
const PUBLIC_REPLY_FIELDS = [
  'caseNumber',
  'department',
  'description',
  'repliedAt',
  'reply',
  'submittedAt',
  'title',
  'type',
]

/** A photo as H5's chooseMedia hands it over: a `blob:` URL. Text bytes, see contract-server.ts. */
const photoOf = (bytes: number) => URL.createObjectURL(new Blob([new Uint8Array(bytes).fill(0x61)]))

/** A seeded generator, so the flaky-network runs repeat exactly. */

describe.each(CONTRACT_ADAPTERS)('Letters contract (%s)', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test('a letter gets a case number, a deadline in working days and a first timeline entry', async () => {
    const filed = await h.api.letters.submit('shanghai', letter(), 'key-1')
    expect(filed.caseNumber).toBe('SH-20261123-000001')
    // A complaint: 13 working days from Monday 23 November 2026.
    expect(filed.due).toBe('2026-12-10')
    expect(filed).toMatchObject({ state: 'submitted', extended: false, followedUp: false, isPublic: true })
    expect(filed.timeline.map((e) => e.step)).toEqual(['submit'])
    expect(JSON.stringify(filed)).not.toMatch(/13812345678|王女士/)
  })

  test('the same idempotency key files one case however often it is sent; a new key files another', async () => {
    const first = await h.api.letters.submit('chengdu', letter({ channelId: 'write-letter' }), 'draft-a')
    const again = await h.api.letters.submit('chengdu', letter({ channelId: 'write-letter' }), 'draft-a')
    const other = await h.api.letters.submit('chengdu', letter({ channelId: 'write-letter' }), 'draft-b')
    expect(again.caseNumber).toBe(first.caseNumber)
    expect(other.caseNumber).toBe('CD-20261123-000002')
  })

  test('on a flaky network (30% of calls fail, half after the server acted), retrying files exactly one case', async () => {
    for (let seed = 1; seed <= 25; seed += 1) {
      h.faults.randomly(0.3, seeded(seed))
      const key = `flaky-${seed}`
      let filed: Case | undefined
      for (let attempt = 0; !filed && attempt < 50; attempt += 1) {
        filed = await h.api.letters.submit('yinchuan', letter({ channelId: 'wenzheng' }), key).catch(() => undefined)
      }
      h.faults.clear()
      expect(filed).toBeDefined()
      expect(filed?.caseNumber).toBe(`YC-20261123-${String(seed).padStart(6, '0')}`)
    }
  })

  test('a letter the contract does not allow is refused', async () => {
    const refused = [
      letter({ title: '太短' }),
      letter({ description: '描述太短了' }),
      letter({ mobile: '23812345678' }),
      letter({ channelId: 'suggestions' }), // takes suggestions only
      letter({ departmentId: 'no-such-department' }),
    ]
    for (const [i, bad] of refused.entries()) {
      await expect(h.api.letters.submit('shanghai', bad, `bad-${i}`)).rejects.toMatchObject({
        kind: 'server',
        status: 422,
      })
    }
  })

  test('the city works on the case as the clock moves, and every timeline step is a legal one', async () => {
    const filed = await h.api.letters.submit('shanghai', letter({ departmentId: 'greening' }), 'track')
    h.clock.advance(3 * 3_600_000)
    expect((await h.api.letters.getCase('shanghai', filed.caseNumber)).state).toBe('accepted')
    h.clock.advance(60 * DAY)
    const later = await h.api.letters.getCase('shanghai', filed.caseNumber)
    expect(['closed', 'not-accepted', 'merged']).toContain(later.state)
    let progress: CaseProgress = { state: 'submitted', due: filed.due, extended: false, followedUp: false }
    for (const entry of later.timeline.slice(1)) {
      expect(canApply(progress, entry.step as Exclude<typeof entry.step, 'submit'>)).toBe(true)
      progress = applyStep(progress, { kind: entry.step, department: entry.department, newDue: entry.newDue } as never)
    }
    const times = later.timeline.map((e) => Date.parse(e.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
  })

  test('an unknown case number is not-found', async () => {
    await expect(h.api.letters.getCase('shanghai', 'SH-20261123-999999')).rejects.toMatchObject({ kind: 'not-found' })
  })

  test('a case is rated once, after its reply; a poor rating reopens it for a follow-up', async () => {
    const filed = await h.api.letters.submit('shanghai', letter(), 'rate')
    await expect(h.api.letters.rate('shanghai', filed.caseNumber, 'satisfied')).rejects.toMatchObject({ status: 409 })
    h.clock.advance(40 * DAY)
    const answered = await h.api.letters.getCase('shanghai', filed.caseNumber)
    expect(answered.timeline.some((e) => e.step === 'reply')).toBe(true)
    await expect(
      h.api.letters.rate('shanghai', filed.caseNumber, 'dissatisfied', 'x'.repeat(RATING_COMMENT_MAX + 1)),
    ).rejects.toMatchObject({ status: 422 })
    const rated = await h.api.letters.rate('shanghai', filed.caseNumber, 'dissatisfied', '灯修好两天又坏了')
    expect(rated).toMatchObject({ rating: 'dissatisfied', state: 'in-progress', followedUp: true })
    expect(rated.timeline.at(-1)).toMatchObject({ step: 'rate', rating: 'dissatisfied', note: '灯修好两天又坏了' })
    await expect(h.api.letters.rate('shanghai', filed.caseNumber, 'satisfied')).rejects.toMatchObject({ status: 409 })
    h.clock.advance(3 * DAY)
    expect((await h.api.letters.getCase('shanghai', filed.caseNumber)).state).toBe('replied')
  })

  test('public replies: public cases with a reply, anonymised; private ones never', async () => {
    const publicTitle = '公开：公园厕所缺少无障碍设施'
    const privateTitle = '私密：邻里噪音纠纷求助处理'
    const shown = await h.api.letters.submit('shanghai', letter({ title: publicTitle }), 'pub')
    await h.api.letters.submit('shanghai', letter({ title: privateTitle, isPublic: false }), 'priv')
    // Other citizens' earlier letters are there from the start; ours, not yet answered, is not.
    const before = await allPublicReplies(h.api, 'shanghai')
    expect(before.length).toBeGreaterThan(0)
    expect(before.map((r) => r.caseNumber)).not.toContain(shown.caseNumber)

    h.clock.advance(40 * DAY)
    const current = await h.api.letters.getCase('shanghai', shown.caseNumber)
    expect(current.timeline.some((e) => e.step === 'reply')).toBe(true)
    const after = await allPublicReplies(h.api, 'shanghai')
    const titles = after.map((r) => r.title)
    expect(titles).toContain(publicTitle)
    expect(titles).not.toContain(privateTitle)
    expect(new Set(after.map((r) => r.caseNumber)).size).toBe(after.length)
    const repliedAt = after.map((r) => Date.parse(r.repliedAt))
    expect(repliedAt).toEqual([...repliedAt].sort((a, b) => b - a))
    for (const reply of after) {
      expect(Object.keys(reply).sort()).toEqual(PUBLIC_REPLY_FIELDS)
      expect((await h.api.letters.getCase('shanghai', reply.caseNumber)).isPublic).toBe(true)
    }
    expect(JSON.stringify(after)).not.toMatch(/13812345678|王女士/)

    const searched = await h.api.letters.listPublicReplies({ city: 'shanghai', text: '无障碍' })
    expect(searched.items.map((r) => r.caseNumber)).toEqual([shown.caseNumber])
  })

  test('a photo is uploaded for an id a letter can carry; ids the city never issued are refused', async () => {
    const first = await h.api.letters.uploadPhoto('shanghai', photoOf(2048))
    const second = await h.api.letters.uploadPhoto('shanghai', photoOf(4096))
    expect(first.id).not.toBe(second.id)
    const filed = await h.api.letters.submit(
      'shanghai',
      letter({ photos: [first.id, second.id, 'https://img.example.gov.cn/street-light.jpg'] }),
      'with-photos',
    )
    expect(filed.caseNumber).toBe('SH-20261123-000001')

    const refused = [
      letter({ photos: ['photo-never-issued'] }),
      letter({ photos: ['http://img.example.gov.cn/not-https.jpg'] }),
    ]
    for (const [i, bad] of refused.entries()) {
      await expect(h.api.letters.submit('shanghai', bad, `bad-photo-${i}`)).rejects.toMatchObject({
        kind: 'server',
        status: 422,
      })
    }
    // Another city's photo is not this city's.
    await expect(
      h.api.letters.submit('chengdu', letter({ channelId: 'write-letter', photos: [first.id] }), 'other-city'),
    ).rejects.toMatchObject({ kind: 'server', status: 422 })
  })

  test('a photo over 10 MB is refused with 413; one of exactly 10 MB is taken', async () => {
    await expect(h.api.letters.uploadPhoto('yinchuan', photoOf(MAX_PHOTO_BYTES + 1))).rejects.toMatchObject({
      kind: 'server',
      status: 413,
    })
    await expect(h.api.letters.uploadPhoto('yinchuan', photoOf(MAX_PHOTO_BYTES))).resolves.toEqual({
      id: expect.any(String),
    })
  })

  test('a photo that cannot be read never leaves the device: a network error', async () => {
    const gone = photoOf(16)
    URL.revokeObjectURL(gone)
    await expect(h.api.letters.uploadPhoto('chengdu', gone)).rejects.toMatchObject({ kind: 'network' })
  })
})

test('two sends of one key at the same moment still file one case (mock)', async () => {
  const mock = createTestMockApi()
  const [a, b] = await Promise.all([
    mock.letters.submit('shanghai', letter(), 'same-moment'),
    mock.letters.submit('shanghai', letter(), 'same-moment'),
  ])
  expect(a.caseNumber).toBe(b.caseNumber)
})

describe('photo upload over HTTP, seen from the server', () => {
  let server: Awaited<ReturnType<typeof startLocalServer>>
  let answer: (res: Parameters<typeof sendJson>[0]) => void
  const received: { method?: string; url?: string; type?: string; body: string }[] = []
  beforeAll(async () => {
    server = await startLocalServer((req, res, body) => {
      received.push({ method: req.method, url: req.url, type: req.headers['content-type'], body })
      answer(res)
    })
  })
  afterAll(() => server.close())
  beforeEach(() => {
    received.length = 0
  })
  const api = () => createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 300, retries: 2 })
  const upload = () => api().letters.uploadPhoto('shanghai', photoOf(64))

  test('a file on disk (a mini program temp path) is POSTed as the multipart field `photo`', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'letters-photo-'))
    const path = join(dir, 'street-light.jpg')
    await writeFile(path, '路灯照片')
    answer = (res) => sendJson(res, 200, { id: 'photo-7' })
    try {
      await expect(api().letters.uploadPhoto('shanghai', path)).resolves.toEqual({ id: 'photo-7' })
    } finally {
      await rm(dir, { recursive: true })
    }
    expect(received).toHaveLength(1)
    expect(received[0]).toMatchObject({ method: 'POST', url: '/cities/shanghai/letters/photos' })
    expect(received[0].type).toMatch(/^multipart\/form-data; boundary=/)
    expect(received[0].body).toMatch(/name="photo"; filename="street-light.jpg"[\s\S]*路灯照片/)
  })

  test('no answer in time is a timeout', async () => {
    answer = () => undefined
    await expect(upload()).rejects.toMatchObject({ kind: 'timeout' })
  })

  test('an answer without an id is an invalid response', async () => {
    answer = (res) => sendJson(res, 200, { photo: 'photo-1' })
    await expect(upload()).rejects.toMatchObject({ kind: 'invalid-response' })
  })

  test('an error status is a server error with the server’s message, not retried', async () => {
    let calls = 0
    answer = (res) => {
      calls += 1
      sendJson(res, 503, { error: { code: 'busy', message: 'Try later' } })
    }
    await expect(upload()).rejects.toMatchObject({ kind: 'server', status: 503, message: 'Try later' })
    expect(calls).toBe(1)
  })
})
