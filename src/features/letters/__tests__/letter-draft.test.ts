import type { LetterChannel } from '../../../cities/city-config'
import { LetterSubmissionSchema } from '../../../services/letters/letters-schemas'
import * as v from 'valibot'
import { checkDraft, EMPTY_DRAFT, FORM_FIELDS, toSubmission, type LetterDraft } from '../letter-draft'
import { lettersEn, lettersZh } from '../letters-messages'
import { problemMessage } from '../components/letter-form'
import { fillPlaceholders } from '../../../shared/i18n/translate'

const channel: LetterChannel = {
  id: 'write-letter',
  name: { zh: '我要写信', en: 'Write' },
  description: { zh: '', en: '' },
  types: ['consultation', 'help', 'complaint'],
}

const complete: LetterDraft = {
  ...EMPTY_DRAFT,
  type: 'help',
  categoryId: 'housing',
  title: '楼道照明损坏求助',
  description: '我们单元楼道的声控灯已经坏了半个多月，老人晚上上下楼很不方便。',
  contactName: '李先生',
  mobile: '139 0000 1111',
  consent: true,
}

const problemsOf = (change: Partial<LetterDraft>) => checkDraft({ ...complete, ...change }, channel)

test('a complete draft has no problems and becomes a submission the service schema accepts', () => {
  expect(checkDraft(complete, channel)).toEqual({})
  const submission = toSubmission(complete, channel.id)
  expect(submission.mobile).toBe('13900001111')
  expect(submission.departmentId).toBeUndefined()
  expect(v.safeParse(LetterSubmissionSchema, submission).success).toBe(true)
})

test('an empty draft names every required field, in the order the form shows them', () => {
  expect(Object.keys(checkDraft(EMPTY_DRAFT, channel))).toEqual([
    'type',
    'categoryId',
    'title',
    'description',
    'contactName',
    'mobile',
    'consent',
  ])
})

test.each([
  ['title', 'a'.repeat(4), { kind: 'too-short', min: 5 }],
  ['title', 'a'.repeat(5), undefined],
  ['title', 'a'.repeat(50), undefined],
  ['title', 'a'.repeat(51), { kind: 'too-long', max: 50 }],
  ['title', '   标题   ', { kind: 'too-short', min: 5 }],
  ['description', 'a'.repeat(19), { kind: 'too-short', min: 20 }],
  ['description', 'a'.repeat(20), undefined],
  ['description', 'a'.repeat(1000), undefined],
  ['description', 'a'.repeat(1001), { kind: 'too-long', max: 1000 }],
  ['location', 'a'.repeat(100), undefined],
  ['location', 'a'.repeat(101), { kind: 'too-long', max: 100 }],
  ['contactName', '   ', { kind: 'required' }],
  ['contactName', 'a'.repeat(21), { kind: 'too-long', max: 20 }],
] as const)('%s of %j characters', (field, value, problem) => {
  expect(problemsOf({ [field]: value })[field]).toEqual(problem)
})

test.each([
  ['13812345678', true],
  ['138 1234 5678', true],
  ['138-1234-5678', true],
  ['+86 138 1234 5678', true],
  ['0086 13812345678', true],
  ['1381234567', false], // too short
  ['138123456789', false], // too long
  ['23812345678', false], // wrong first digit
  ['12812345678', false], // no such second digit
  ['1381234567a', false],
])('mobile %s is valid: %s', (mobile, valid) => {
  expect(problemsOf({ mobile }).mobile).toEqual(valid ? undefined : { kind: 'mobile' })
})

test('a type the channel does not take, ten photos, and no consent are refused', () => {
  expect(problemsOf({ type: 'praise' }).type).toEqual({ kind: 'required' })
  const photos = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, preview: '' }))
  expect(problemsOf({ photos }).photos).toEqual({ kind: 'too-many', max: 9 })
  expect(problemsOf({ consent: false }).consent).toEqual({ kind: 'required' })
})

test('hostile text passes through unchanged: it is the citizen’s words, shown as text later', () => {
  const title = '<img src=x onerror=alert(1)>'
  const description = '<script>alert("x")</script> 这是一段足够长的描述文字，用来测试。'
  expect(toSubmission({ ...complete, title, description }, channel.id)).toMatchObject({ title, description })
})

test('every problem the form can find has words in both languages, with its numbers filled in', () => {
  const lt = (catalogue: Record<string, string>) => (key: string, params?: Record<string, string | number>) =>
    fillPlaceholders(catalogue[key], params)
  const drafts: Partial<LetterDraft>[] = [
    EMPTY_DRAFT,
    { title: 'abc', description: 'short', mobile: '123', location: 'x'.repeat(101), contactName: 'x'.repeat(21) },
    { title: 'x'.repeat(51), description: 'x'.repeat(1001), photos: Array(10).fill({ id: 'p', preview: '' }) },
  ]
  for (const change of drafts) {
    const problems = checkDraft({ ...complete, ...change }, channel)
    for (const field of FORM_FIELDS) {
      const problem = problems[field]
      if (!problem) continue
      for (const catalogue of [lettersZh, lettersEn]) {
        expect(Object.keys(catalogue)).toContain(`problem.${field}.${problem.kind}`)
        expect(problemMessage(field, problem, lt(catalogue))).not.toMatch(/[{}]/)
      }
    }
  }
})

test('both languages have the same keys and placeholders', () => {
  expect(Object.keys(lettersEn).sort()).toEqual(Object.keys(lettersZh).sort())
  const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
  for (const key of Object.keys(lettersZh) as (keyof typeof lettersZh)[]) {
    expect([key, placeholders(lettersEn[key])]).toEqual([key, placeholders(lettersZh[key])])
  }
})
