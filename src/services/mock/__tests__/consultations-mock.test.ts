import { CITY_IDS } from '../../../../config/settings'
import { endOfBeijingDay } from '../../../shared/calendar/working-days'
import { CONSULTATION_CLOSED_STATUS } from '../../consultations/consultations-port'
import type { CommentSubmission, ConsultationStatus } from '../../consultations/consultations-schemas'
import { CONSULTATIONS } from '../fixtures/consultations'
import { TEST_NOW, createTestMockApi } from '../../../../test/support/test-api'

const DAY = 86_400_000
const comment = (text = '建议在草案中明确延时投放点的最晚开放时间，方便上班族投放。'): CommentSubmission => ({
  text,
  consent: true,
})

describe.each(CITY_IDS)('%s', (city) => {
  test('three open ones closing soonest first and three closed ones, closed most recently first', async () => {
    const api = createTestMockApi()
    const open = await api.consultations.listConsultations({ city, status: 'open' })
    const closed = await api.consultations.listConsultations({ city, status: 'closed' })
    expect(open.items).toHaveLength(3)
    expect(closed.items).toHaveLength(3)
    const ends = (items: { endDate: string }[]) => items.map((c) => c.endDate)
    expect(ends(open.items)).toEqual([...ends(open.items)].sort())
    expect(ends(closed.items)).toEqual([...ends(closed.items)].sort().reverse())
    expect(closed.items.filter((c) => c.hasFeedback)).toHaveLength(2)
    expect(open.items.some((c) => c.hasFeedback)).toBe(false)
  })
})

test('dates are the creation day plus the fixture’s offsets, in Beijing', async () => {
  const api = createTestMockApi()
  // 23 November 2026, 10:00 Beijing. sh-c01: from 20 days before to 3 days after.
  expect(CONSULTATIONS.shanghai[0]).toMatchObject({ id: 'sh-c01', startDay: -20, endDay: 3 })
  expect(await api.consultations.getConsultation('shanghai', 'sh-c01')).toMatchObject({
    startDate: '2026-11-03',
    endDate: '2026-11-26',
    status: 'open',
    commentCount: CONSULTATIONS.shanghai[0].commentCount,
    feedback: null,
  })
  // Made at 00:30 Beijing on the 24th (still the 23rd in UTC and on this machine): the 24th counts.
  const late = createTestMockApi()
  late.clock.set(Date.parse('2026-11-23T16:30:00.000Z'))
  expect((await late.consultations.getConsultation('shanghai', 'sh-c01')).endDate).toBe('2026-11-27')
})

test('open until 23:59:59.999 Beijing on the end date, whatever the machine’s zone; closed from midnight', async () => {
  expect(process.env.TZ).toBe('America/Los_Angeles')
  const api = createTestMockApi()
  const { endDate, commentCount } = await api.consultations.getConsultation('shanghai', 'sh-c01')
  api.clock.set(endOfBeijingDay(endDate))
  expect(new Date(api.clock.now()).toISOString()).toBe('2026-11-26T15:59:59.999Z')
  const receipt = await api.consultations.comment('shanghai', 'sh-c01', comment(), 'last-moment')
  expect(receipt).toMatchObject({
    id: `sh-c01-${commentCount + 1}`,
    consultationId: 'sh-c01',
    submittedAt: '2026-11-26T15:59:59.999Z',
    commentCount: commentCount + 1,
  })
  api.clock.advance(1)
  await expect(api.consultations.comment('shanghai', 'sh-c01', comment(), 'too-late')).rejects.toMatchObject({
    kind: 'server',
    status: CONSULTATION_CLOSED_STATUS,
  })
  expect((await api.consultations.getConsultation('shanghai', 'sh-c01')).status).toBe('closed')
  const closed = await api.consultations.listConsultations({ city: 'shanghai', status: 'closed' })
  expect(closed.items[0]).toMatchObject({ id: 'sh-c01', commentCount: commentCount + 1 })
  // A retry of the comment taken in time answers its receipt, deadline or not.
  await expect(api.consultations.comment('shanghai', 'sh-c01', comment(), 'last-moment')).resolves.toEqual(receipt)
})

test('opens at 00:00:00.000 Beijing on its start date; before that it does not exist', async () => {
  const api = createTestMockApi()
  const { startDate } = await api.consultations.getConsultation('chengdu', 'cd-c03')
  expect(startDate).toBe('2026-11-22')
  api.clock.set(Date.parse('2026-11-21T15:59:59.999Z'))
  await expect(api.consultations.getConsultation('chengdu', 'cd-c03')).rejects.toMatchObject({ kind: 'not-found' })
  await expect(api.consultations.comment('chengdu', 'cd-c03', comment(), 'early')).rejects.toMatchObject({
    kind: 'not-found',
  })
  const open = await api.consultations.listConsultations({ city: 'chengdu', status: 'open' })
  expect(open.items.map((c) => c.id)).not.toContain('cd-c03')
  api.clock.advance(1)
  expect((await api.consultations.getConsultation('chengdu', 'cd-c03')).status).toBe('open')
})

test('feedback only once closed and published; the third closed one has none yet', async () => {
  const api = createTestMockApi()
  const withFeedback = await api.consultations.getConsultation('shanghai', 'sh-c04')
  expect(withFeedback).toMatchObject({ status: 'closed', hasFeedback: true })
  expect(withFeedback.feedback?.adoptedCount).toBe(126)
  expect(withFeedback.feedback?.html).toContain('<h3>')
  // Published 5 days before creation, at 10:00 Beijing.
  expect(withFeedback.feedback?.publishedAt).toBe('2026-11-18T02:00:00.000Z')
  expect(await api.consultations.getConsultation('shanghai', 'sh-c06')).toMatchObject({
    status: 'closed',
    hasFeedback: false,
    feedback: null,
  })
  // Closed on 8 November, feedback on the 18th: on the 12th it is closed without feedback.
  api.clock.set(TEST_NOW - 11 * DAY)
  expect(await api.consultations.getConsultation('shanghai', 'sh-c04')).toMatchObject({
    status: 'closed',
    hasFeedback: false,
    feedback: null,
  })
})

test('comments are counted once per idempotency key and kept under mock:consultations: keys', async () => {
  const api = createTestMockApi()
  const before = (await api.consultations.getConsultation('yinchuan', 'yc-c02')).commentCount
  const first = await api.consultations.comment('yinchuan', 'yc-c02', comment(), 'draft-1')
  const again = await api.consultations.comment('yinchuan', 'yc-c02', comment(), 'draft-1')
  const second = await api.consultations.comment('yinchuan', 'yc-c02', comment(), 'draft-2')
  expect(again).toEqual(first)
  expect([first.commentCount, second.commentCount]).toEqual([before + 1, before + 2])
  expect((await api.consultations.getConsultation('yinchuan', 'yc-c02')).commentCount).toBe(before + 2)
  const keys = (api.runtime.storage as unknown as { keys(): string[] }).keys()
  expect(keys.filter((k) => k.startsWith('mock:consultations:'))).toEqual(['mock:consultations:yinchuan'])

  const { createMockApi } = await import('../create-mock-api')
  const fixtures = await import('../load-fixtures')
  const restarted = createMockApi({
    fixtures,
    clock: api.clock,
    latency: { min: 0, max: 0 },
    storage: api.runtime.storage,
  })
  expect((await restarted.consultations.getConsultation('yinchuan', 'yc-c02')).commentCount).toBe(before + 2)
  await expect(restarted.consultations.comment('yinchuan', 'yc-c02', comment(), 'draft-1')).resolves.toEqual(first)
})

test('two sends of one key at the same moment still count once', async () => {
  const api = createTestMockApi()
  const [a, b] = await Promise.all([
    api.consultations.comment('chengdu', 'cd-c01', comment(), 'same'),
    api.consultations.comment('chengdu', 'cd-c01', comment(), 'same'),
  ])
  expect(a).toEqual(b)
})

test('refusals: unknown id 404, a comment out of limits 422 without its text, bad list queries 422', async () => {
  const api = createTestMockApi()
  await expect(api.consultations.getConsultation('shanghai', 'cd-c01')).rejects.toMatchObject({ kind: 'not-found' })
  await expect(api.consultations.comment('shanghai', 'sh-c99', comment(), 'x')).rejects.toMatchObject({
    kind: 'not-found',
  })
  const secret = '我的手机号是13800001111'
  const refused = [
    comment('太短了'),
    comment(`${secret}。`.repeat(40)),
    { text: comment().text, consent: false } as unknown as CommentSubmission,
  ]
  for (const [i, bad] of refused.entries()) {
    const error = await api.consultations.comment('shanghai', 'sh-c02', bad, `bad-${i}`).catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'server', status: 422 })
    expect(String((error as Error).message)).not.toContain('13800001111')
  }
  for (const query of [
    { status: 'draft' as ConsultationStatus },
    { status: 'open' as const, limit: 0 },
    { status: 'open' as const, limit: 51 },
    { status: 'closed' as const, cursor: 'garbage' },
  ]) {
    await expect(api.consultations.listConsultations({ city: 'shanghai', ...query })).rejects.toMatchObject({
      status: 422,
    })
  }
})

test('nothing is logged', async () => {
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
    jest.spyOn(console, m).mockImplementation(() => undefined),
  )
  const api = createTestMockApi()
  await api.consultations.listConsultations({ city: 'yinchuan', status: 'open' })
  await api.consultations.getConsultation('yinchuan', 'yc-c04')
  await api.consultations.comment('yinchuan', 'yc-c01', comment(), 'quiet')
  await api.consultations.comment('yinchuan', 'yc-c04', comment(), 'closed').catch(() => undefined)
  for (const spy of spies) expect(spy).not.toHaveBeenCalled()
})
