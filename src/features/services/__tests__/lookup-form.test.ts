import type { CityServicesConfig } from '../../../cities/city-config'
import type { FieldDeclaration } from '../declaration'
import { busArrival } from '../declarations/transport'
import { enterpriseLicence } from '../declarations/enterprise'
import { garbageSorting } from '../declarations/convenience'
import { incomeTax, socialInsurance } from '../declarations/personal-records'
import { checkField, checkForm, describeQuery, maskName } from '../lookup-form'

const TODAY = '2026-11-23'
const config: CityServicesConfig = {
  districts: [{ id: 'xuhui', name: { zh: '徐汇区', en: 'Xuhui' } }],
  roads: [],
  busLines: [
    {
      id: '71',
      name: { zh: '71路', en: 'Route 71' },
      stops: [
        { id: 'bund', name: { zh: '外滩', en: 'The Bund' } },
        { id: 'jingan', name: { zh: '静安寺', en: 'Jing’an Temple' } },
      ],
    },
    {
      id: '49',
      name: { zh: '49路', en: 'Route 49' },
      stops: [{ id: 'xujiahui', name: { zh: '徐家汇', en: 'Xujiahui' } }],
    },
  ],
  contacts: {},
}
const context = { config, today: TODAY, values: {} }
const field = (declaration: { fields: readonly FieldDeclaration[] }, id: string) =>
  declaration.fields.find((f) => f.id === id) as FieldDeclaration

const ID = '310104198001011239'

describe('checking a field', () => {
  const idField = field(socialInsurance, 'residentId')
  const nameField = field(socialInsurance, 'name')

  test('identity numbers: each problem has its own message', () => {
    expect(checkField(idField, '', context)).toEqual({ key: 'problem.required' })
    expect(checkField(idField, '3101041980', context)).toMatchObject({
      key: 'problem.id.length',
      params: { count: 10 },
    })
    expect(checkField(idField, '31010419800101123A', context)).toMatchObject({ key: 'problem.id.characters' })
    expect(checkField(idField, '310104198002301239', context)).toMatchObject({ key: 'problem.id.birth-date' })
    expect(checkField(idField, '310104198001011238', context)).toMatchObject({ key: 'problem.id.check-digit' })
    expect(checkField(idField, ` ${ID.slice(0, 6)} ${ID.slice(6)} `, context)).toBeNull()
  })

  test('a birth date after today is impossible', () => {
    // 2026-11-24, with its correct check digit.
    expect(checkField(idField, '310104202611241236', context)).toMatchObject({ key: 'problem.id.birth-date' })
  })

  test('names: Chinese, minority names with a middle dot, Latin letters; not digits or one character', () => {
    expect(checkField(nameField, '王小明', context)).toBeNull()
    expect(checkField(nameField, '买买提·艾力', context)).toBeNull()
    expect(checkField(nameField, 'Anna Schmidt', context)).toBeNull()
    expect(checkField(nameField, '王', context)).toMatchObject({ key: 'problem.name.length' })
    expect(checkField(nameField, '王小明1', context)).toMatchObject({ key: 'problem.name.characters' })
    expect(checkField(nameField, '<b>王</b>', context)).toMatchObject({ key: 'problem.name.characters' })
  })

  test('credit codes: lowercase and spaces are fine, a wrong character is named', () => {
    const codeField = field(enterpriseLicence, 'creditCode')
    expect(checkField(codeField, '91310000ma1fl0000n', context)).toBeNull()
    expect(checkField(codeField, '91310000MA1FL0000P', context)).toMatchObject({ key: 'problem.code.check-character' })
    expect(checkField(codeField, '91310000MA1FL0000', context)).toMatchObject({
      key: 'problem.code.length',
      params: { count: 17 },
    })
    expect(checkField(codeField, '91310000MA1FL0000I', context)).toMatchObject({ key: 'problem.code.characters' })
  })

  test('text: its limits, counted in characters', () => {
    const item = field(garbageSorting, 'item')
    expect(checkField(item, '电池', context)).toBeNull()
    expect(checkField(item, '  ', context)).toEqual({ key: 'problem.required' })
    expect(checkField(item, '电'.repeat(21), context)).toMatchObject({
      key: 'problem.tooLong',
      params: { max: 20, count: 21 },
    })
  })

  test('choices: only what the options offer, and a stop must be on the chosen line', () => {
    const stop = field(busArrival, 'stopId')
    expect(checkField(stop, 'bund', { ...context, values: { lineId: '71' } })).toBeNull()
    expect(checkField(stop, 'bund', { ...context, values: { lineId: '49' } })).toEqual({ key: 'problem.choose' })
    expect(checkField(stop, '', { ...context, values: { lineId: '71' } })).toEqual({ key: 'problem.choose' })
  })

  test('the tax year offers this year and the two before', () => {
    const year = field(incomeTax, 'year')
    expect(year.kind === 'choice' && year.options(context).map((o) => o.id)).toEqual(['2026', '2025', '2024'])
  })
})

describe('checking a form', () => {
  test('normalised values when everything is right, or each field’s problem', () => {
    expect(checkForm(socialInsurance, { name: ' 王小明 ', residentId: '310104 1980 0101 123 9' }, context)).toEqual({
      ok: true,
      values: { name: '王小明', residentId: ID },
    })
    const check = checkForm(socialInsurance, { name: '', residentId: '123' }, context)
    expect(check.ok).toBe(false)
    expect(!check.ok && Object.keys(check.problems)).toEqual(['name', 'residentId'])
  })

  test('what was asked is repeated with the person masked and choices by name', () => {
    const pick = (text: { zh: string }) => text.zh
    expect(describeQuery(socialInsurance, { ...context, values: { name: '王小明', residentId: ID } }, pick)).toEqual([
      { label: '姓名', value: '王**' },
      { label: '身份证号码', value: '3101**********1239' },
    ])
    expect(describeQuery(busArrival, { ...context, values: { lineId: '71', stopId: 'jingan' } }, pick)).toEqual([
      { label: '线路', value: '71路' },
      { label: '站点', value: '静安寺' },
    ])
  })

  test('names are masked after the first character', () => {
    expect(maskName('王小明')).toBe('王**')
    expect(maskName('李四')).toBe('李*')
    expect(maskName('买买提·艾力')).toBe('买*****')
  })
})
