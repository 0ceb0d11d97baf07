import { CITY_IDS } from '../../../../config/settings'
import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import { addWorkingDays, beijingDate } from '../../../shared/calendar/working-days'
import type { Question, QuestionSubmission } from '../../questions/questions-schemas'
import { PUBLIC_QUESTIONS } from '../fixtures/public-questions'
import { REDIRECT_CHANNELS } from '../questions-mock'
import { stableHash } from '../stable-hash'
import { TEST_NOW, createTestMockApi } from '../../../../test/support/test-api'

const HOUR = 3_600_000
const DAY = 24 * HOUR

const question = (overrides: Partial<QuestionSubmission> = {}): QuestionSubmission => ({
  departmentId: 'transport',
  title: '地铁站能否增设无障碍电梯',
  body: '家附近的地铁站只有楼梯和扶梯，推轮椅的老人和推婴儿车的家长进出很不方便，能否加装无障碍电梯？',
  nickname: '王先生',
  anonymous: false,
  consent: true,
  ...overrides,
})

test('seeded questions are answered, newest reply first, dated from the clock when the mock was made', async () => {
  const api = createTestMockApi()
  const page = await api.questions.listAnswered({ city: 'shanghai', limit: 50 })
  const seeds = PUBLIC_QUESTIONS.shanghai
  expect(page.items.map((q) => q.id).sort()).toEqual(seeds.map((s) => s.id).sort())
  expect(page.nextCursor).toBeNull()
  const replied = page.items.map((q) => Date.parse(q.reply?.repliedAt ?? ''))
  expect(replied).toEqual([...replied].sort((a, b) => b - a))
  for (const q of page.items) {
    const seed = seeds.find((s) => s.id === q.id)
    expect(q).toMatchObject({ state: 'answered', departmentId: seed?.departmentId, topicId: seed?.topicId })
    expect(q.helpfulCount).toBe(seed?.helpfulCount)
    const askedAgo = TEST_NOW - Date.parse(q.askedAt)
    const repliedAgo = TEST_NOW - Date.parse(q.reply?.repliedAt ?? '')
    expect(askedAgo).toBeGreaterThanOrEqual((seed?.askedDaysAgo ?? 0) * DAY)
    expect(askedAgo).toBeLessThanOrEqual((seed?.askedDaysAgo ?? 0) * DAY + 8 * HOUR)
    expect(repliedAgo).toBeGreaterThanOrEqual((seed?.repliedDaysAgo ?? 0) * DAY)
    expect(repliedAgo).toBeLessThanOrEqual((seed?.repliedDaysAgo ?? 0) * DAY + 8 * HOUR)
  }
})

test('a new question waits with the chosen department (or none) and no topic, under the name it asked for', async () => {
  const api = createTestMockApi()
  const asked = await api.questions.ask('shanghai', question({ nickname: '  王先生  ' }), 'k1')
  expect(asked).toMatchObject({
    id: 'sh-q-20261123-0001',
    state: 'waiting',
    departmentId: 'transport',
    topicId: null,
    askedBy: '王先生',
    askedAt: new Date(TEST_NOW).toISOString(),
    reply: null,
    redirect: null,
    helpfulCount: 0,
  })
  const unsure = await api.questions.ask('shanghai', question({ departmentId: null, nickname: '' }), 'k2')
  expect(unsure).toMatchObject({ id: 'sh-q-20261123-0002', departmentId: null, askedBy: '网友' })
  const anonymous = await api.questions.ask('shanghai', question({ anonymous: true }), 'k3')
  expect(anonymous.askedBy).toBe('匿名')
})

test('a submission the contract refuses is a 422 whose message never carries the citizen’s text', async () => {
  const api = createTestMockApi()
  const secret = '我家住在某某小区12号楼'
  const refused: QuestionSubmission[] = [
    question({ title: '太短' }),
    question({ title: secret.repeat(5) }),
    question({ body: '写得太短了' }),
    question({ nickname: secret.repeat(2) }),
    question({ departmentId: 'no-such-department' }),
    question({ departmentId: 'greening' as string, body: `${secret}。`.repeat(50) }),
    { ...question(), consent: false } as unknown as QuestionSubmission,
  ]
  for (const [i, bad] of refused.entries()) {
    const error = await api.questions.ask('shanghai', bad, `bad-${i}`).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'server', status: 422 })
    expect(String((error as Error).message)).not.toContain('某某小区')
  }
  // A department of another city is not this city's.
  await expect(api.questions.ask('yinchuan', question({ departmentId: 'market' }), 'other')).rejects.toMatchObject({
    status: 422,
  })
})

test('two hours on, a question is routed: a chosen department stays, "not sure" goes by its words', async () => {
  const api = createTestMockApi()
  const chosen = await api.questions.ask('chengdu', question({ departmentId: 'wuhou' }), 'a')
  const metro = await api.questions.ask('chengdu', question({ departmentId: null }), 'b')
  const heating = await api.questions.ask(
    'yinchuan',
    question({
      departmentId: null,
      title: '小区暖气一直不热',
      body: '今年供暖开始后家里暖气片一直是凉的，室温只有十四度左右。',
    }),
    'c',
  )
  api.clock.advance(2 * HOUR - 1)
  expect((await api.questions.getQuestion('chengdu', metro.id)).departmentId).toBeNull()
  api.clock.advance(1)
  expect(await api.questions.getQuestion('chengdu', chosen.id)).toMatchObject({
    departmentId: 'wuhou',
    state: 'waiting',
  })
  expect(await api.questions.getQuestion('chengdu', metro.id)).toMatchObject({
    departmentId: 'transport',
    topicId: 'transport',
  })
  expect(await api.questions.getQuestion('yinchuan', heating.id)).toMatchObject({
    departmentId: 'housing',
    topicId: 'heating',
  })
})

test('about one in four is redirected after one working day, the rest answered after two, as the id’s hash says', async () => {
  const api = createTestMockApi()
  // Friday 27 November 2026, 15:00 Beijing: routing at 17:00, so the weekend is skipped.
  api.clock.set(Date.parse('2026-11-27T07:00:00.000Z'))
  const config = await loadLettersConfig('chengdu')
  const asked: Question[] = []
  for (let i = 0; i < 200; i += 1) asked.push(await api.questions.ask('chengdu', question(), `many-${i}`))
  api.clock.advance(10 * DAY)
  const routedAt = Date.parse('2026-11-27T09:00:00.000Z')
  let redirected = 0
  for (const { id, title } of asked) {
    const q = await api.questions.getQuestion('chengdu', id)
    expect(q.state).toBe(stableHash(id) % 100 < 25 ? 'redirected' : 'answered')
    if (q.redirect) {
      redirected += 1
      expect(q.redirect.redirectedAt).toBe('2026-11-30T09:00:00.000Z') // Monday
      expect(q.redirect.channelId).toBe(REDIRECT_CHANNELS.chengdu)
      expect(q.redirect.reason).toMatch(/个案/)
      expect(q.reply).toBeNull()
    } else {
      expect(q.reply?.repliedAt).toBe('2026-12-01T09:00:00.000Z') // Tuesday
      expect(q.reply?.text).toContain(`“${title}”`)
      expect(q.reply?.text).toContain(config.departments.find((d) => d.id === 'transport')?.name.zh)
      expect(routedAt).toBeLessThan(Date.parse(q.reply?.repliedAt ?? ''))
    }
  }
  expect(redirected).toBeGreaterThan(30)
  expect(redirected).toBeLessThan(70)
})

test('working days follow the holiday calendar: a question routed before National Day waits it out', async () => {
  const api = createTestMockApi()
  api.clock.set(Date.parse('2026-09-30T02:00:00.000Z')) // Wednesday 10:00 Beijing
  const asked = await api.questions.ask('yinchuan', question({ departmentId: 'transport' }), 'holiday')
  api.clock.advance(30 * DAY)
  const q = await api.questions.getQuestion('yinchuan', asked.id)
  const at = q.reply?.repliedAt ?? q.redirect?.redirectedAt ?? ''
  const { holidays } = await loadLettersConfig('yinchuan')
  expect(beijingDate(Date.parse(at))).toBe(addWorkingDays('2026-09-30', q.reply ? 2 : 1, holidays))
  expect(beijingDate(Date.parse(at)) > '2026-10-07').toBe(true)
})

test('every city redirects to one of its own letters channels', async () => {
  for (const city of CITY_IDS) {
    const { channels } = await loadLettersConfig(city)
    expect(channels.map((c) => c.id)).toContain(REDIRECT_CHANNELS[city])
  }
})

test('filters: department, topic and words in the title, body or reply, ignoring Latin case', async () => {
  const api = createTestMockApi()
  const all = (await api.questions.listAnswered({ city: 'shanghai', limit: 50 })).items
  const byDepartment = await api.questions.listAnswered({ city: 'shanghai', departmentId: 'education', limit: 50 })
  expect(byDepartment.items.map((q) => q.id).sort()).toEqual(
    all
      .filter((q) => q.departmentId === 'education')
      .map((q) => q.id)
      .sort(),
  )
  expect(byDepartment.items.length).toBeGreaterThan(0)
  const concerns = await api.questions.listAnswered({ city: 'shanghai', topicId: 'public-concerns', limit: 50 })
  expect(concerns.items.length).toBeGreaterThanOrEqual(3)
  expect(concerns.items.every((q) => q.topicId === 'public-concerns')).toBe(true)
  const app = await api.questions.listAnswered({ city: 'shanghai', text: ' app ', limit: 50 })
  expect(app.items.length).toBeGreaterThan(0)
  expect(app.items.every((q) => /app/i.test(`${q.title}${q.body}${q.reply?.text}`))).toBe(true)
  expect((await api.questions.listAnswered({ city: 'shanghai', text: '垃圾' })).items.map((q) => q.id)).toContain(
    'sh-q01',
  )
  expect((await api.questions.listAnswered({ city: 'shanghai', topicId: 'no-such-topic' })).items).toEqual([])
  expect((await api.questions.listAnswered({ city: 'shanghai', departmentId: 'no-such' })).items).toEqual([])
})

test('paging: limit 1–50, a readable cursor, and no repeats while questions are answered between pages', async () => {
  const api = createTestMockApi()
  for (const limit of [0, 51, 2.5, Number.NaN]) {
    await expect(api.questions.listAnswered({ city: 'chengdu', limit })).rejects.toMatchObject({ status: 422 })
  }
  await expect(api.questions.listAnswered({ city: 'chengdu', cursor: 'nonsense' })).rejects.toMatchObject({
    status: 422,
  })
  await api.questions.ask('chengdu', question(), 'redirected')
  const later = await api.questions.ask('chengdu', question(), 'answered')
  const first = await api.questions.listAnswered({ city: 'chengdu', limit: 4 })
  expect(first.items).toHaveLength(4)
  // The citizen's own question is answered (newest of all) before the next page is asked for.
  api.clock.advance(10 * DAY)
  expect((await api.questions.listAnswered({ city: 'chengdu', limit: 1 })).items[0].id).toBe(later.id)
  const seen = first.items.map((q) => q.id)
  let cursor = first.nextCursor
  while (cursor) {
    const page = await api.questions.listAnswered({ city: 'chengdu', limit: 4, cursor })
    seen.push(...page.items.map((q) => q.id))
    cursor = page.nextCursor
  }
  expect(new Set(seen).size).toBe(seen.length)
  expect(seen.sort()).toEqual(PUBLIC_QUESTIONS.chengdu.map((s) => s.id).sort())
})

test('helpful: once per device and question, kept in storage; 409 before an answer; 422 for a bad device id', async () => {
  const api = createTestMockApi()
  const base = PUBLIC_QUESTIONS.shanghai[0].helpfulCount
  expect(await api.questions.markHelpful('shanghai', 'sh-q01', 'device-aaaa')).toEqual({ helpfulCount: base + 1 })
  expect(await api.questions.markHelpful('shanghai', 'sh-q01', 'device-aaaa')).toEqual({ helpfulCount: base + 1 })
  expect(await api.questions.markHelpful('shanghai', 'sh-q01', 'device-bbbb')).toEqual({ helpfulCount: base + 2 })
  expect((await api.questions.getQuestion('shanghai', 'sh-q01')).helpfulCount).toBe(base + 2)
  for (const bad of ['short', 'has spaces in it', 'x'.repeat(65), 'ünïcode-device']) {
    await expect(api.questions.markHelpful('shanghai', 'sh-q01', bad)).rejects.toMatchObject({ status: 422 })
  }
  await expect(api.questions.markHelpful('shanghai', 'sh-q99', 'device-aaaa')).rejects.toMatchObject({
    kind: 'not-found',
  })
  const asked = await api.questions.ask('shanghai', question(), 'mine')
  await expect(api.questions.markHelpful('shanghai', asked.id, 'device-aaaa')).rejects.toMatchObject({
    kind: 'server',
    status: 409,
  })

  const { createMockApi } = await import('../create-mock-api')
  const fixtures = await import('../load-fixtures')
  const again = createMockApi({ fixtures, clock: api.clock, latency: { min: 0, max: 0 }, storage: api.runtime.storage })
  expect(await again.questions.markHelpful('shanghai', 'sh-q01', 'device-aaaa')).toEqual({ helpfulCount: base + 2 })
  await expect(again.questions.ask('shanghai', question(), 'mine')).resolves.toMatchObject({ id: asked.id })
})

test('the device’s questions live under mock:questions: keys, one per city', async () => {
  const api = createTestMockApi()
  await api.questions.ask('shanghai', question(), 'k')
  await api.questions.ask('yinchuan', question(), 'k')
  const keys = (api.runtime.storage as unknown as { keys(): string[] }).keys()
  expect(keys.filter((k) => k.startsWith('mock:questions:')).sort()).toEqual([
    'mock:questions:shanghai',
    'mock:questions:yinchuan',
  ])
})

test('two sends of one key at the same moment still ask once', async () => {
  const api = createTestMockApi()
  const [a, b] = await Promise.all([
    api.questions.ask('shanghai', question(), 'same'),
    api.questions.ask('shanghai', question(), 'same'),
  ])
  expect(a.id).toBe(b.id)
  expect((await api.questions.ask('shanghai', question(), 'next')).id).toBe('sh-q-20261123-0002')
})

test('nothing is logged', async () => {
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation(() => undefined),
  )
  const api = createTestMockApi()
  const asked = await api.questions.ask('chengdu', question(), 'quiet')
  await api.questions.ask('chengdu', question({ title: '短' }), 'bad').catch(() => undefined)
  await api.questions.listAnswered({ city: 'chengdu', text: '地铁' })
  await api.questions.getQuestion('chengdu', asked.id)
  await api.questions.markHelpful('chengdu', 'cd-q01', 'device-quiet')
  for (const spy of spies) expect(spy).not.toHaveBeenCalled()
})
