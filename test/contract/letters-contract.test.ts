/**
 * @jest-environment node
 *
 * Letters behaviour, run against both adapters: the mock, and the HTTP adapter talking to a real
 * local server that serves the mock over the HTTP contract. The backing mock's clock and faults are
 * the test's, so both runs see the same city handling the same cases.
 */
import type { Api } from '../../src/services/api'
import { createHttpApi } from '../../src/services/http/create-http-api'
import type { Case, LetterSubmission } from '../../src/services/letters/letters-schemas'
import { applyStep, canApply, type CaseProgress } from '../../src/services/letters/letters-workflow'
import type { ControlledClock, Faults } from '../../src/services/mock/mock-runtime'
import { startContractServer } from '../support/contract-server'
import { createTestMockApi } from '../support/test-api'

type Harness = { api: Api; clock: ControlledClock; faults: Faults; close: () => Promise<void> }

const adapters: [string, () => Promise<Harness>][] = [
  [
    'mock adapter',
    async () => {
      const mock = createTestMockApi()
      return { api: mock, clock: mock.clock, faults: mock.runtime.faults, close: async () => undefined }
    },
  ],
  [
    'http adapter',
    async () => {
      const backing = createTestMockApi()
      const server = await startContractServer(backing)
      const api = createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 2000, retries: 0 })
      return { api, clock: backing.clock, faults: backing.runtime.faults, close: server.close }
    },
  ],
]

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

/** A seeded generator, so the flaky-network runs repeat exactly. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0
    return state / 2 ** 32
  }
}

describe.each(adapters)('Letters contract (%s)', (_name, start) => {
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
    const rated = await h.api.letters.rate('shanghai', filed.caseNumber, 'dissatisfied')
    expect(rated).toMatchObject({ rating: 'dissatisfied', state: 'in-progress', followedUp: true })
    await expect(h.api.letters.rate('shanghai', filed.caseNumber, 'satisfied')).rejects.toMatchObject({ status: 409 })
    h.clock.advance(3 * DAY)
    expect((await h.api.letters.getCase('shanghai', filed.caseNumber)).state).toBe('replied')
  })

  test('public replies: public cases with a reply, anonymised; private ones never', async () => {
    const shown = await h.api.letters.submit('shanghai', letter({ title: '公开：公园厕所缺少无障碍设施' }), 'pub')
    await h.api.letters.submit('shanghai', letter({ title: '私密：邻里噪音纠纷求助处理', isPublic: false }), 'priv')
    expect((await h.api.letters.listPublicReplies({ city: 'shanghai' })).items).toEqual([])
    h.clock.advance(40 * DAY)
    const page = await h.api.letters.listPublicReplies({ city: 'shanghai' })
    const titles = page.items.map((r) => r.title)
    expect(titles).not.toContain('私密：邻里噪音纠纷求助处理')
    const current = await h.api.letters.getCase('shanghai', shown.caseNumber)
    expect(current.timeline.some((e) => e.step === 'reply')).toBe(true)
    expect(titles).toContain('公开：公园厕所缺少无障碍设施')
    expect(JSON.stringify(page)).not.toMatch(/13812345678|王女士/)
    const searched = await h.api.letters.listPublicReplies({ city: 'shanghai', text: '无障碍' })
    expect(searched.items.every((r) => `${r.title}${r.description}${r.reply}`.includes('无障碍'))).toBe(true)
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
