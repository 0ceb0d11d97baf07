import type { HolidayCalendar } from '../../../shared/calendar/working-days'
import type { Case, CaseState, Rating, TimelineEntry } from '../../letters/letters-schemas'
import type { Question, QuestionState } from '../../questions/questions-schemas'
import { boardFigures, computeBoard, type BoardConfig } from '../board'

/** Weekends only: every weekday of November 2026 is a working day. */
const calendar: HolidayCalendar = { years: [2026], holidays: [], makeUpWorkdays: [] }
const config: BoardConfig = {
  holidays: calendar,
  dueSoonShare: 0.2,
  departments: [
    { id: 'transport', name: { zh: '交通委', en: 'Transport' } },
    { id: 'health', name: { zh: '卫健委', en: 'Health' } },
  ],
}
/** Monday 2026-11-23, 10:00 Beijing time. */
const NOW = Date.parse('2026-11-23T10:00:00+08:00')
const at = (local: string) => new Date(Date.parse(`${local}+08:00`)).toISOString()

function letter(
  n: number,
  department: string | undefined,
  submitted: string,
  due: string,
  state: CaseState,
  replies: string[] = [],
  rating?: Rating,
): Case {
  const timeline: TimelineEntry[] = [{ step: 'submit', at: at(submitted) }]
  for (const reply of replies) timeline.push({ step: 'reply', at: at(reply), department, note: '答复' })
  if (rating) timeline.push({ step: 'rate', at: at('2026-11-22T09:00:00'), rating })
  return {
    caseNumber: `SH-20261102-00000${n}`,
    channelId: 'hotline-12345',
    type: 'complaint',
    categoryId: 'transport',
    title: '标题标题标题',
    description: '描述',
    isPublic: true,
    submittedAt: at(submitted),
    due,
    state,
    department,
    extended: false,
    followedUp: false,
    rating,
    timeline,
  }
}

const CASES: Case[] = [
  // A: replied on its due date, 3 working days (Tue–Thu); very satisfied.
  letter(1, '交通委', '2026-11-02T09:00:00', '2026-11-05', 'closed', ['2026-11-05T20:00:00'], 'very-satisfied'),
  // B: replied the morning after its due date: late; 4 working days; dissatisfied.
  letter(2, '交通委', '2026-11-02T09:00:00', '2026-11-05', 'replied', ['2026-11-06T08:00:00'], 'dissatisfied'),
  // C: Friday to Monday: 1 working day; satisfied.
  letter(3, '交通委', '2026-11-06T10:00:00', '2026-11-11', 'closed', ['2026-11-09T10:00:00'], 'satisfied'),
  // D: open past its due date: red.
  letter(4, '交通委', '2026-11-10T10:00:00', '2026-11-17', 'in-progress'),
  // E: due today; 1 of its 5 working days left (≤ 20%): orange.
  letter(5, '交通委', '2026-11-16T10:00:00', '2026-11-23', 'assigned'),
  // F: weeks left: neither.
  letter(6, '交通委', '2026-11-20T10:00:00', '2026-12-11', 'accepted'),
  // G: not accepted, no department: the city's only, and never overdue.
  letter(7, undefined, '2026-11-03T10:00:00', '2026-11-06', 'not-accepted'),
  // H: the first reply counts (3 working days), not the follow-up; basically satisfied is not satisfied.
  letter(
    8,
    '卫健委',
    '2026-11-09T10:00:00',
    '2026-11-12',
    'closed',
    ['2026-11-12T15:00:00', '2026-11-20T15:00:00'],
    'basically-satisfied',
  ),
  // I: replied at the last millisecond of its due date: in time; 5 working days; not rated.
  letter(9, '卫健委', '2026-11-11T10:00:00', '2026-11-18', 'replied', ['2026-11-18T23:59:59.999']),
]

const question = (id: string, departmentId: string | null, state: QuestionState): Question => ({
  id,
  title: '问题',
  body: '问题内容',
  askedBy: '网友',
  askedAt: at('2026-11-10T10:00:00'),
  departmentId,
  topicId: null,
  state,
  reply: null,
  redirect: null,
  helpfulCount: 0,
})

const QUESTIONS = [
  question('q1', 'transport', 'answered'),
  question('q2', 'transport', 'waiting'),
  question('q3', 'health', 'answered'),
  question('q4', 'health', 'redirected'),
  question('q5', 'transport', 'answered'),
  question('q6', null, 'waiting'),
]

test('a department’s figures, worked out by hand', () => {
  const board = computeBoard(CASES, QUESTIONS, NOW, config, 'transport')
  expect(board.departmentId).toBe('transport')
  expect(board.departments).toEqual([])
  expect(board.figures).toEqual({
    received: 6, // A–F
    dueOrReplied: 4, // A, B, C replied; D overdue
    repliedInTime: 2, // A, C
    inTimeShare: 0.5,
    medianReplyWorkingDays: 3, // 1, 3, 4
    rated: 3,
    satisfied: 2, // very satisfied (A), satisfied (C)
    satisfactionShare: 2 / 3,
    openDueSoon: 1, // E
    openOverdue: 1, // D
    questionsAnswered: 2, // q1, q5
  })
})

test('the median of an even count is the mean of the middle two', () => {
  expect(computeBoard(CASES, QUESTIONS, NOW, config, 'health').figures).toEqual({
    received: 2,
    dueOrReplied: 2,
    repliedInTime: 2,
    inTimeShare: 1,
    medianReplyWorkingDays: 4, // 3 and 5
    rated: 1,
    satisfied: 0,
    satisfactionShare: 0,
    openDueSoon: 0,
    openOverdue: 0,
    questionsAnswered: 1,
  })
})

test('the city’s board: every case and question, and a row per department', () => {
  const board = computeBoard(CASES, QUESTIONS, NOW, config, null)
  expect(board.asOf).toBe('2026-11-23T02:00:00.000Z')
  expect(board.figures).toEqual({
    received: 9,
    dueOrReplied: 6,
    repliedInTime: 4, // A, C, H, I
    inTimeShare: 4 / 6,
    medianReplyWorkingDays: 3, // 1, 3, 3, 4, 5
    rated: 4,
    satisfied: 2,
    satisfactionShare: 0.5,
    openDueSoon: 1,
    openOverdue: 1,
    questionsAnswered: 3,
  })
  expect(board.departments.map((d) => [d.departmentId, d.figures.received, d.figures.inTimeShare])).toEqual([
    ['transport', 6, 0.5],
    ['health', 2, 1],
  ])
})

test('nothing to divide by: the shares and the median are null', () => {
  expect(boardFigures([], [], NOW, config)).toEqual({
    received: 0,
    dueOrReplied: 0,
    repliedInTime: 0,
    inTimeShare: null,
    medianReplyWorkingDays: null,
    rated: 0,
    satisfied: 0,
    satisfactionShare: null,
    openDueSoon: 0,
    openOverdue: 0,
    questionsAnswered: 0,
  })
})

test('a reply one millisecond after the end of the due date is late', () => {
  const late = letter(1, '交通委', '2026-11-11T10:00:00', '2026-11-18', 'replied', ['2026-11-19T00:00:00'])
  expect(boardFigures([late], [], NOW, config)).toMatchObject({ dueOrReplied: 1, repliedInTime: 0, inTimeShare: 0 })
})
