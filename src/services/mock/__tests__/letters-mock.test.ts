import type { LetterSubmission } from '../../letters/letters-schemas'
import { applyStep, canApply, type CaseProgress } from '../../letters/letters-workflow'
import { endOfBeijingDay } from '../../../shared/calendar/working-days'
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
