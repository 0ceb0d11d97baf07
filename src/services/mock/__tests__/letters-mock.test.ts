import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import type { LetterSubmission } from '../../letters/letters-schemas'
import { applyStep, canApply, type CaseProgress } from '../../letters/letters-workflow'
import { beijingDate, endOfBeijingDay } from '../../../shared/calendar/working-days'
import { PUBLIC_LETTERS } from '../fixtures/public-letters'
import { createTestMockApi } from '../../../../test/support/test-api'

const DAY = 86_400_000
const letter: LetterSubmission = {
  channelId: 'write-letter',
  type: 'help',
  categoryId: 'housing',
  title: '老旧小区楼道照明损坏求助',
  description: '我们单元楼道的声控灯已经坏了半个多月，老人晚上上下楼很不方便，希望尽快安排维修。',
  photos: [],
  contactName: '李先生',
  mobile: '13900001111',
  isPublic: false,
  anonymous: true,
  consent: true,
}

test('the mock city handles cases the way a real one does: mostly on time, some extended, some late, a few refused', async () => {
  const api = createTestMockApi()
  const numbers: string[] = []
  for (let i = 0; i < 200; i += 1) numbers.push((await api.letters.submit('chengdu', letter, `k${i}`)).caseNumber)
  api.clock.advance(90 * DAY)
  const cases = await Promise.all(numbers.map((n) => api.letters.getCase('chengdu', n)))

  const count = (test: (c: (typeof cases)[number]) => boolean) => cases.filter(test).length
  const repliedLate = count((c) => {
    const reply = c.timeline.find((e) => e.step === 'reply')
    return reply !== undefined && Date.parse(reply.at) > endOfBeijingDay(c.due)
  })
  expect(count((c) => c.state === 'not-accepted')).toBeGreaterThan(0)
  expect(count((c) => c.state === 'merged')).toBeGreaterThan(0)
  expect(count((c) => c.extended)).toBeGreaterThan(10)
  expect(count((c) => c.timeline.some((e) => e.step === 'reassign'))).toBeGreaterThan(5)
  expect(repliedLate).toBeGreaterThan(10)
  expect(repliedLate).toBeLessThan(60)
  expect(count((c) => c.state === 'closed')).toBeGreaterThan(150)

  // Every timeline is one the workflow allows.
  for (const c of cases) {
    let progress: CaseProgress = {
      state: 'submitted',
      due: c.timeline[0].at.slice(0, 10),
      extended: false,
      followedUp: false,
    }
    for (const entry of c.timeline.slice(1)) {
      const kind = entry.step as Exclude<typeof entry.step, 'submit'>
      expect([c.caseNumber, kind, canApply(progress, kind)]).toEqual([c.caseNumber, kind, true])
      progress = applyStep(progress, {
        kind,
        department: entry.department,
        newDue: entry.newDue ?? '9999-12-31',
      } as never)
    }
  }
})

test('cases survive a restart of the app (a new mock over the same storage)', async () => {
  const api = createTestMockApi()
  const filed = await api.letters.submit('shanghai', { ...letter, channelId: 'hotline-12345' }, 'persist')
  const { createMockApi } = await import('../create-mock-api')
  const fixtures = await import('../load-fixtures')
  const again = createMockApi({ fixtures, clock: api.clock, latency: { min: 0, max: 0 }, storage: api.runtime.storage })
  await expect(again.letters.getCase('shanghai', filed.caseNumber)).resolves.toMatchObject({
    caseNumber: filed.caseNumber,
  })
})

describe('a city the citizen opens for the first time', () => {
  const cities = ['shanghai', 'chengdu', 'yinchuan'] as const

  test.each(cities)('%s already shows other citizens’ letters, answered by its departments', async (city) => {
    const api = createTestMockApi()
    const page = await api.letters.listPublicReplies({ city, limit: 50 })
    const config = await loadLettersConfig(city)
    const departments = config.departments.map((d) => d.name.zh)
    expect(page.items.length).toBeGreaterThanOrEqual(4)
    for (const reply of page.items) {
      expect(departments).toContain(reply.department)
      expect(reply.reply.length).toBeGreaterThan(0)
      expect(reply.caseNumber).toMatch(new RegExp(`^${config.caseCode}-\\d{8}-\\d{6}$`))
      // Filed between 60 and 3 days ago, on a day of its own: today's numbering is untouched.
      const age = api.clock.now() - Date.parse(reply.submittedAt)
      expect(age).toBeGreaterThanOrEqual(3 * DAY)
      expect(age).toBeLessThanOrEqual(61 * DAY)
      expect(reply.caseNumber.slice(3, 11)).toBe(beijingDate(Date.parse(reply.submittedAt)).replace(/-/g, ''))
    }
    // Some were still being handled: later, more of them have an answer.
    api.clock.advance(60 * DAY)
    expect((await api.letters.listPublicReplies({ city, limit: 50 })).items.length).toBeGreaterThan(page.items.length)
    // Private letters stay private.
    const titles = page.items.map((r) => r.title)
    for (const seed of PUBLIC_LETTERS.filter((l) => !l.isPublic)) expect(titles).not.toContain(seed.title)
    // The citizen's own first letter today is still the day's first.
    const channel = config.channels.find((c) => c.types.includes(letter.type))
    const filed = await api.letters.submit(city, { ...letter, channelId: channel?.id ?? '' }, 'first')
    expect(filed.caseNumber).toMatch(/-\d{8}-000001$/)
  })

  test('its public replies can be searched by text and filtered by department', async () => {
    const api = createTestMockApi()
    const all = (await api.letters.listPublicReplies({ city: 'shanghai', limit: 50 })).items
    const streetlights = await api.letters.listPublicReplies({ city: 'shanghai', text: '路灯' })
    expect(streetlights.items.map((r) => r.title)).toEqual(['小区东侧道路多盏路灯夜间不亮'])

    let filtered = 0
    for (const department of (await loadLettersConfig('shanghai')).departments) {
      const page = await api.letters.listPublicReplies({ city: 'shanghai', departmentId: department.id, limit: 50 })
      expect(page.items.every((r) => r.department === department.name.zh)).toBe(true)
      filtered += page.items.length
    }
    expect(filtered).toBe(all.length)
    const hrss = await api.letters.listPublicReplies({ city: 'shanghai', departmentId: 'hrss' })
    expect(hrss.items.map((r) => r.title)).toContain('异地居住如何办理养老金资格认证')
  })

  test('the seeded store is saved once: a restart shows the same cases', async () => {
    const api = createTestMockApi()
    const first = await api.letters.listPublicReplies({ city: 'chengdu', limit: 50 })
    const { createMockApi } = await import('../create-mock-api')
    const fixtures = await import('../load-fixtures')
    api.clock.advance(DAY)
    const again = createMockApi({
      fixtures,
      clock: api.clock,
      latency: { min: 0, max: 0 },
      storage: api.runtime.storage,
    })
    const later = await again.letters.listPublicReplies({ city: 'chengdu', limit: 50 })
    expect(later.items.map((r) => r.caseNumber)).toEqual(expect.arrayContaining(first.items.map((r) => r.caseNumber)))
  })
})

describe('photos', () => {
  test('each upload gets an id of its own, kept per city and across a restart', async () => {
    const api = createTestMockApi()
    const a = await api.letters.uploadPhoto('chengdu', 'wxfile://tmp_a.jpg')
    const b = await api.letters.uploadPhoto('chengdu', 'wxfile://tmp_b.jpg')
    expect([a.id, b.id]).toEqual(['photo-1', 'photo-2'])

    const { createMockApi } = await import('../create-mock-api')
    const fixtures = await import('../load-fixtures')
    const again = createMockApi({
      fixtures,
      clock: api.clock,
      latency: { min: 0, max: 0 },
      storage: api.runtime.storage,
    })
    await expect(again.letters.submit('chengdu', { ...letter, photos: [a.id, b.id] }, 'photos')).resolves.toMatchObject(
      {
        state: 'submitted',
      },
    )
    await expect(again.letters.submit('chengdu', { ...letter, photos: ['photo-3'] }, 'unknown')).rejects.toMatchObject({
      kind: 'server',
      status: 422,
    })
    await expect(
      again.letters.submit('yinchuan', { ...letter, channelId: 'wenzheng', photos: [a.id] }, 'elsewhere'),
    ).rejects.toMatchObject({ kind: 'server', status: 422 })
  })

  test('an upload fails like any call when the network does', async () => {
    const api = createTestMockApi()
    api.runtime.faults.fail('network', 1)
    await expect(api.letters.uploadPhoto('shanghai', 'wxfile://tmp_a.jpg')).rejects.toMatchObject({ kind: 'network' })
    await expect(api.letters.uploadPhoto('shanghai', 'wxfile://tmp_a.jpg')).resolves.toEqual({ id: 'photo-1' })
  })
})
