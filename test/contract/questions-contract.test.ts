/**
 * @jest-environment node
 *
 * You Ask, I Answer, run against both adapters: the mock, and the HTTP adapter talking to a real local
 * server that serves the mock over the HTTP contract. The backing mock's clock and faults are the
 * test's, so both runs see the same city answering the same questions.
 */
import { CITY_IDS, type CityId } from '../../config/settings'
import { loadInteractionConfig } from '../../src/cities/interaction/load-interaction-config'
import { loadLettersConfig } from '../../src/cities/letters/load-letters-config'
import type { Api } from '../../src/services/api'
import type { Page } from '../../src/services/common-schemas'
import type { AnsweredQuestionQuery } from '../../src/services/questions/questions-port'
import type { Question, QuestionSubmission } from '../../src/services/questions/questions-schemas'
import { createHttpApi } from '../../src/services/http/create-http-api'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'
import { startContractServer } from '../support/contract-server'
import { sendJson, startLocalServer } from '../support/local-server'
import { seeded } from '../support/seeded-random'
import { createTestMockApi } from '../support/test-api'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const CODES: Record<CityId, string> = { shanghai: 'sh', chengdu: 'cd', yinchuan: 'yc' }

const question = (overrides: Partial<QuestionSubmission> = {}): QuestionSubmission => ({
  departmentId: 'education',
  title: '小学课后服务能否延长到六点',
  body: '我们夫妻都是六点下班，学校课后服务五点半就结束了，孩子没人接，能否把课后服务延长到六点？',
  nickname: '李女士',
  anonymous: false,
  consent: true,
  ...overrides,
})

/** Every page of a list, following the cursor. */
async function allAnswered(api: Api, query: AnsweredQuestionQuery): Promise<Question[]> {
  const all: Question[] = []
  let page: Page<Question> = { items: [], nextCursor: null }
  do {
    page = await api.questions.listAnswered({ ...query, cursor: page.nextCursor })
    all.push(...page.items)
  } while (page.nextCursor)
  return all
}

describe.each(CONTRACT_ADAPTERS)('You Ask, I Answer contract (%s)', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test.each(CITY_IDS)('%s lists answered questions of its own departments and topics', async (city) => {
    const page = await h.api.questions.listAnswered({ city })
    expect(page.items).toHaveLength(10)
    expect(page.nextCursor).not.toBeNull()
    const [{ departments }, { topics }] = await Promise.all([loadLettersConfig(city), loadInteractionConfig(city)])
    for (const q of page.items) {
      expect(q.id.startsWith(`${CODES[city]}-q`)).toBe(true)
      expect(q).toMatchObject({ state: 'answered', redirect: null })
      expect(q.reply?.text).toMatch(/\p{Script=Han}/u)
      expect(departments.map((d) => d.id)).toContain(q.departmentId)
      expect(topics.map((t) => t.id)).toContain(q.topicId)
    }
    const replied = page.items.map((q) => Date.parse(q.reply?.repliedAt ?? ''))
    expect(replied).toEqual([...replied].sort((a, b) => b - a))
  })

  test('paging reaches every answered question once, newest reply first', async () => {
    const all = await allAnswered(h.api, { city: 'shanghai', limit: 3 })
    expect(new Set(all.map((q) => q.id)).size).toBe(all.length)
    expect(all.length).toBeGreaterThanOrEqual(12)
    expect(all.map((q) => q.id)).toEqual(
      (await h.api.questions.listAnswered({ city: 'shanghai', limit: 50 })).items.map((q) => q.id),
    )
    await expect(h.api.questions.listAnswered({ city: 'shanghai', limit: 51 })).rejects.toMatchObject({ status: 422 })
    await expect(h.api.questions.listAnswered({ city: 'shanghai', limit: 0 })).rejects.toMatchObject({ status: 422 })
  })

  test('filters by department, topic and words', async () => {
    const all = await allAnswered(h.api, { city: 'chengdu', limit: 50 })
    const transport = await allAnswered(h.api, { city: 'chengdu', departmentId: 'transport', limit: 2 })
    expect(transport.length).toBeGreaterThan(1)
    expect(transport.map((q) => q.id)).toEqual(all.filter((q) => q.departmentId === 'transport').map((q) => q.id))
    const park = await allAnswered(h.api, { city: 'chengdu', topicId: 'park-city' })
    expect(park.length).toBeGreaterThan(0)
    expect(park.every((q) => q.topicId === 'park-city')).toBe(true)
    const greenway = await allAnswered(h.api, { city: 'chengdu', text: '绿道' })
    expect(greenway.map((q) => q.id)).toContain('cd-q01')
    expect(greenway.every((q) => `${q.title}${q.body}${q.reply?.text}`.includes('绿道'))).toBe(true)
    const concerns = await allAnswered(h.api, { city: 'shanghai', topicId: 'public-concerns' })
    expect(concerns.length).toBeGreaterThanOrEqual(3)
    expect(concerns.every((q) => q.topicId === 'public-concerns')).toBe(true)
    expect(await allAnswered(h.api, { city: 'shanghai', text: 'no such words anywhere' })).toEqual([])
  })

  test('a question is asked once per idempotency key and starts waiting', async () => {
    const asked = await h.api.questions.ask('shanghai', question(), 'draft-a')
    expect(asked).toMatchObject({
      id: 'sh-q-20261123-0001',
      state: 'waiting',
      departmentId: 'education',
      topicId: null,
      askedBy: '李女士',
      reply: null,
      redirect: null,
      helpfulCount: 0,
    })
    expect(await h.api.questions.ask('shanghai', question(), 'draft-a')).toEqual(asked)
    expect((await h.api.questions.ask('shanghai', question(), 'draft-b')).id).toBe('sh-q-20261123-0002')
    expect(await h.api.questions.getQuestion('shanghai', asked.id)).toEqual(asked)
    await expect(h.api.questions.getQuestion('shanghai', 'sh-q-20261123-0099')).rejects.toMatchObject({
      kind: 'not-found',
    })
  })

  test('on a flaky network (30% of calls fail, half after the server acted), retrying asks exactly one question', async () => {
    for (let seed = 1; seed <= 25; seed += 1) {
      h.faults.randomly(0.3, seeded(seed))
      const key = `flaky-${seed}`
      let asked: Question | undefined
      for (let attempt = 0; !asked && attempt < 50; attempt += 1) {
        asked = await h.api.questions.ask('yinchuan', question(), key).catch(() => undefined)
      }
      h.faults.clear()
      expect(asked?.id).toBe(`yc-q-20261123-${String(seed).padStart(4, '0')}`)
    }
  })

  test('a question the contract does not allow is refused with 422', async () => {
    const refused = [
      question({ title: '太短' }),
      question({ body: '太短了' }),
      question({ nickname: '名'.repeat(21) }),
      question({ departmentId: 'no-such-department' }),
      { ...question(), consent: false } as unknown as QuestionSubmission,
    ]
    for (const [i, bad] of refused.entries()) {
      await expect(h.api.questions.ask('chengdu', bad, `bad-${i}`)).rejects.toMatchObject({
        kind: 'server',
        status: 422,
      })
    }
  })

  test('the city routes the question after two hours, then answers it or sends it to a letters channel', async () => {
    const asked = [
      await h.api.questions.ask('shanghai', question({ departmentId: null }), 'q1'), // answered
      await h.api.questions.ask('shanghai', question({ departmentId: null }), 'q2'), // answered
      await h.api.questions.ask('shanghai', question({ departmentId: null }), 'q3'), // answered
      await h.api.questions.ask('shanghai', question({ departmentId: null }), 'q4'), // answered
      await h.api.questions.ask('shanghai', question({ departmentId: null }), 'q5'), // answered
      await h.api.questions.ask('shanghai', question({ departmentId: null }), 'q6'), // redirected
    ]
    expect(asked.every((q) => q.departmentId === null && q.state === 'waiting')).toBe(true)
    h.clock.advance(2 * HOUR)
    const routed = await h.api.questions.getQuestion('shanghai', asked[0].id)
    expect(routed).toMatchObject({ state: 'waiting', departmentId: 'education', topicId: 'education' })
    // Monday 10:00: routed at 12:00; one working day on is Tuesday 12:00 Beijing, two is Wednesday.
    h.clock.set(Date.parse('2026-11-24T04:00:00.000Z'))
    expect((await h.api.questions.getQuestion('shanghai', asked[5].id)).state).toBe('redirected')
    expect((await h.api.questions.getQuestion('shanghai', asked[0].id)).state).toBe('waiting')
    h.clock.set(Date.parse('2026-11-25T04:00:00.000Z'))
    const answered = await h.api.questions.getQuestion('shanghai', asked[0].id)
    expect(answered).toMatchObject({ state: 'answered', redirect: null })
    expect(answered.reply).toEqual({
      text: expect.stringContaining(asked[0].title),
      repliedAt: '2026-11-25T04:00:00.000Z',
    })
    const redirected = await h.api.questions.getQuestion('shanghai', asked[5].id)
    expect(redirected.reply).toBeNull()
    expect(redirected.redirect).toEqual({
      reason: expect.stringMatching(/个案/),
      channelId: 'hotline-12345',
      redirectedAt: '2026-11-24T04:00:00.000Z',
    })
    const listed = (await h.api.questions.listAnswered({ city: 'shanghai', limit: 50 })).items.map((q) => q.id)
    expect(listed.slice(0, 5).sort()).toEqual(
      asked
        .slice(0, 5)
        .map((q) => q.id)
        .sort(),
    )
    expect(listed).not.toContain(asked[5].id)
  })

  test('helpful counts once per device; another device counts too; 409 before an answer', async () => {
    const before = (await h.api.questions.getQuestion('yinchuan', 'yc-q01')).helpfulCount
    expect(await h.api.questions.markHelpful('yinchuan', 'yc-q01', 'device-0001')).toEqual({ helpfulCount: before + 1 })
    expect(await h.api.questions.markHelpful('yinchuan', 'yc-q01', 'device-0001')).toEqual({ helpfulCount: before + 1 })
    expect(await h.api.questions.markHelpful('yinchuan', 'yc-q01', 'device-0002')).toEqual({ helpfulCount: before + 2 })
    await expect(h.api.questions.markHelpful('yinchuan', 'yc-q01', 'bad id')).rejects.toMatchObject({ status: 422 })
    await expect(h.api.questions.markHelpful('yinchuan', 'yc-q99', 'device-0001')).rejects.toMatchObject({
      kind: 'not-found',
    })
    const asked = await h.api.questions.ask('yinchuan', question(), 'helpful')
    await expect(h.api.questions.markHelpful('yinchuan', asked.id, 'device-0001')).rejects.toMatchObject({
      kind: 'server',
      status: 409,
    })
  })

  test.each(CITY_IDS)('%s takes questions with its own ids and departments', async (city) => {
    const { departments } = await loadLettersConfig(city)
    const asked = await h.api.questions.ask(city, question({ departmentId: departments[0].id }), 'city')
    expect(asked).toMatchObject({ id: `${CODES[city]}-q-20261123-0001`, departmentId: departments[0].id })
    h.clock.advance(10 * DAY)
    expect(['answered', 'redirected']).toContain((await h.api.questions.getQuestion(city, asked.id)).state)
  })
})

describe('You Ask, I Answer over HTTP, seen from the server', () => {
  test('paths, query names, body and Idempotency-Key are the ones docs/http-contract.md gives', async () => {
    const received: { method?: string; url?: string; key?: string | string[]; body: string }[] = []
    const server = await startLocalServer((req, res, body) => {
      received.push({ method: req.method, url: req.url, key: req.headers['idempotency-key'], body })
      if (req.url?.endsWith('/helpful')) return sendJson(res, 200, { helpfulCount: 3 })
      sendJson(res, 200, { items: [], nextCursor: null })
    })
    const api = createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 500, retries: 0 })
    try {
      await api.questions.listAnswered({
        city: 'shanghai',
        departmentId: 'transport',
        topicId: 'public-concerns',
        text: '地铁',
        cursor: 'c1',
        limit: 5,
      })
      await api.questions.ask('shanghai', question(), 'key-1').catch(() => undefined)
      await api.questions.markHelpful('shanghai', 'sh-q01', 'device-0001')
    } finally {
      await server.close()
    }
    expect(received).toEqual([
      {
        method: 'GET',
        url: '/cities/shanghai/questions?department=transport&topic=public-concerns&q=%E5%9C%B0%E9%93%81&cursor=c1&limit=5',
        key: undefined,
        body: '',
      },
      { method: 'POST', url: '/cities/shanghai/questions', key: 'key-1', body: JSON.stringify(question()) },
      {
        method: 'POST',
        url: '/cities/shanghai/questions/sh-q01/helpful',
        key: undefined,
        body: JSON.stringify({ deviceId: 'device-0001' }),
      },
    ])
  })

  test('the contract server refuses a question without an Idempotency-Key (400)', async () => {
    const server = await startContractServer(createTestMockApi())
    try {
      const res = await fetch(`${server.baseUrl}/cities/shanghai/questions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(question()),
      })
      expect(res.status).toBe(400)
    } finally {
      await server.close()
    }
  })
})
