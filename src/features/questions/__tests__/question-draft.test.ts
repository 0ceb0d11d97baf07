import { checkQuestion, EMPTY_QUESTION, NOT_SURE, toQuestionSubmission, type QuestionDraft } from '../question-draft'

const DEPARTMENTS = ['sh-housing', 'sh-health']
const valid: QuestionDraft = {
  departmentId: 'sh-health',
  title: '社区能打流感疫苗吗',
  body: '想给家里老人打流感疫苗，社区卫生服务中心可以接种吗？',
  nickname: '王先生',
  anonymous: false,
  consent: true,
}
const check = (change: Partial<QuestionDraft>) => checkQuestion({ ...valid, ...change }, DEPARTMENTS)

describe('the ask form’s checks, at every limit', () => {
  test('a complete question has no problems', () => {
    expect(check({})).toEqual({})
  })

  test.each([
    ['title', 4, { kind: 'too-short', min: 5 }],
    ['title', 5, undefined],
    ['title', 50, undefined],
    ['title', 51, { kind: 'too-long', max: 50 }],
    ['body', 9, { kind: 'too-short', min: 10 }],
    ['body', 10, undefined],
    ['body', 500, undefined],
    ['body', 501, { kind: 'too-long', max: 500 }],
    ['nickname', 20, undefined],
    ['nickname', 21, { kind: 'too-long', max: 20 }],
  ] as const)('%s of %i characters', (field, length, problem) => {
    expect(check({ [field]: '问'.repeat(length) })[field]).toEqual(problem)
  })

  test('spaces do not count, and nothing but spaces is nothing', () => {
    expect(check({ title: `  ${'问'.repeat(5)}  ` }).title).toBeUndefined()
    expect(check({ title: '      ' }).title).toEqual({ kind: 'required' })
    expect(check({ body: '' }).body).toEqual({ kind: 'required' })
  })

  test('anonymous questions show no nickname, so its length does not matter', () => {
    expect(check({ anonymous: true, nickname: '问'.repeat(21) }).nickname).toBeUndefined()
  })

  test('"not sure" is a choice; a department the city does not have must be chosen again', () => {
    expect(check({ departmentId: NOT_SURE }).departmentId).toBeUndefined()
    expect(check({ departmentId: '' }).departmentId).toBeUndefined()
    expect(check({ departmentId: 'sh-gone' }).departmentId).toEqual({ kind: 'choose' })
  })

  test('consent is required', () => {
    expect(check({ consent: false }).consent).toEqual({ kind: 'consent' })
    expect(Object.keys(checkQuestion(EMPTY_QUESTION, DEPARTMENTS)).sort()).toEqual(['body', 'consent', 'title'])
  })
})

describe('what the city receives', () => {
  test('trimmed, "not sure" as no department, and no nickname when anonymous', () => {
    expect(toQuestionSubmission({ ...valid, title: `  ${valid.title} `, departmentId: NOT_SURE })).toEqual({
      departmentId: null,
      title: valid.title,
      body: valid.body,
      nickname: '王先生',
      anonymous: false,
      consent: true,
    })
    expect(toQuestionSubmission({ ...valid, anonymous: true })).toMatchObject({ nickname: '', anonymous: true })
  })
})
