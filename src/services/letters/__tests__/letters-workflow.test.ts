import { CASE_STATES, RATINGS, type CaseState } from '../letters-schemas'
import {
  applyStep,
  canApply,
  CASE_NUMBER,
  formatCaseNumber,
  IllegalStep,
  type CaseProgress,
  type CaseStep,
} from '../letters-workflow'

const start: CaseProgress = { state: 'submitted', due: '2026-11-26', extended: false, followedUp: false }
const at = (state: CaseState, extra: Partial<CaseProgress> = {}): CaseProgress => ({ ...start, state, ...extra })

const STEPS: CaseStep[] = [
  { kind: 'accept' },
  { kind: 'reject', reason: '属于司法程序', rightChannel: '人民法院诉讼服务中心' },
  { kind: 'merge', intoCase: 'SH-20261120-000042' },
  { kind: 'assign', department: '市交通委' },
  { kind: 'reassign', department: '徐汇区建管委', reason: '属地管理' },
  { kind: 'start' },
  { kind: 'extend', reason: '需现场勘查', newDue: '2026-12-03' },
  { kind: 'reply', reply: '已安排维修' },
  { kind: 'close' },
  { kind: 'rate', rating: 'satisfied' },
]

/** Every step from every state: where it leads, or that it is refused. */
const EXPECTED: Record<CaseState, Partial<Record<CaseStep['kind'], CaseState>>> = {
  submitted: { accept: 'accepted', reject: 'not-accepted', merge: 'merged' },
  accepted: { reject: 'not-accepted', merge: 'merged', assign: 'assigned' },
  assigned: { merge: 'merged', reassign: 'assigned', start: 'in-progress', extend: 'assigned' },
  'in-progress': { merge: 'merged', reassign: 'assigned', extend: 'in-progress', reply: 'replied' },
  replied: { close: 'closed', rate: 'closed' },
  closed: { rate: 'closed' },
  'not-accepted': {},
  merged: {},
}

describe.each(CASE_STATES)('from %s', (state) => {
  test.each(STEPS.map((step) => [step.kind, step] as const))('%s', (kind, step) => {
    const expected = EXPECTED[state][kind]
    expect(canApply(at(state), kind)).toBe(expected !== undefined)
    if (expected === undefined) expect(() => applyStep(at(state), step)).toThrow(IllegalStep)
    else expect(applyStep(at(state), step).state).toBe(expected)
  })
})

test('the usual path, start to finish', () => {
  const steps: CaseStep[] = [
    { kind: 'accept' },
    { kind: 'assign', department: '市绿化市容局' },
    { kind: 'start' },
    { kind: 'reply', reply: '已清运' },
    { kind: 'rate', rating: 'very-satisfied' },
  ]
  const end = steps.reduce(applyStep, start)
  expect(end).toMatchObject({
    state: 'closed',
    department: '市绿化市容局',
    rating: 'very-satisfied',
    followedUp: false,
  })
})

test('a poor rating reopens the case once; the follow-up reply then closes it, and it is not rated twice', () => {
  const replied = at('replied', { department: '区房管局' })
  const reopened = applyStep(replied, { kind: 'rate', rating: 'dissatisfied' })
  expect(reopened).toMatchObject({ state: 'in-progress', followedUp: true, rating: 'dissatisfied' })
  const repliedAgain = applyStep(reopened, { kind: 'reply', reply: '已复查并整改' })
  expect(canApply(repliedAgain, 'rate')).toBe(false)
  expect(() => applyStep(repliedAgain, { kind: 'rate', rating: 'very-dissatisfied' })).toThrow(IllegalStep)
  expect(applyStep(repliedAgain, { kind: 'close' }).state).toBe('closed')
})

test.each(RATINGS)('rating %s after a follow-up closes the case', (rating) => {
  expect(applyStep(at('replied', { followedUp: true }), { kind: 'rate', rating }).state).toBe('closed')
})

test('an extension is granted once, and only to a later date', () => {
  const extended = applyStep(at('in-progress'), { kind: 'extend', reason: '需协调多部门', newDue: '2026-12-03' })
  expect(extended).toMatchObject({ extended: true, due: '2026-12-03', state: 'in-progress' })
  expect(canApply(extended, 'extend')).toBe(false)
  expect(() => applyStep(extended, { kind: 'extend', reason: '再延', newDue: '2026-12-10' })).toThrow(
    'extended already',
  )
  expect(() => applyStep(at('in-progress'), { kind: 'extend', reason: 'x', newDue: '2026-11-20' })).toThrow(
    'must be later',
  )
})

test('a closed case never goes back to work except through the follow-up of a poor rating', () => {
  for (const kind of ['start', 'reply', 'assign', 'reassign', 'accept'] as const)
    expect(canApply(at('closed'), kind)).toBe(false)
  expect(applyStep(at('closed'), { kind: 'rate', rating: 'very-dissatisfied' }).state).toBe('in-progress')
})

test('case numbers: city, Beijing date, six-digit sequence', () => {
  expect(formatCaseNumber('SH', '2026-11-23', 123)).toBe('SH-20261123-000123')
  expect(formatCaseNumber('CD', '2026-02-14', 999_999)).toMatch(CASE_NUMBER)
  expect(() => formatCaseNumber('sh', '2026-11-23', 1)).toThrow(RangeError)
  expect(() => formatCaseNumber('SH', '2026-11-23', 0)).toThrow(RangeError)
  expect(() => formatCaseNumber('SH', '2026-11-23', 1_000_000)).toThrow(RangeError)
})
