import { maskMobile } from '../../../shared/personal/mobile'
import type { ServiceDeclaration, ServiceGuide } from '../declaration'
import { formatYuan, labelOf, PERSON_FIELDS } from './shared-fields'

/** Personal records are looked up online with the citizen's own identity: nothing to bring, nothing to pay. */
const ONLINE_SELF_SERVICE: Pick<ServiceGuide, 'fee' | 'promisedTime' | 'legalTime' | 'visits'> = {
  fee: { zh: '免费', en: 'Free' },
  promisedTime: { zh: '即查即得', en: 'Immediate' },
  legalTime: { zh: '1 个工作日', en: '1 working day' },
  visits: 0,
}
const IDENTITY_MATERIAL = { zh: '本人姓名和居民身份证号码', en: 'Your name and resident ID number' }

const INSURANCE_STATUS = {
  paying: { zh: '正常缴费', en: 'Paying' },
  suspended: { zh: '暂停缴费', en: 'Suspended' },
  none: { zh: '未参保', en: 'Not insured' },
}

export const socialInsurance: ServiceDeclaration<'social-insurance'> = {
  id: 'social-insurance',
  fields: PERSON_FIELDS,
  toQuery: ({ name, residentId }) => ({ name, residentId }),
  present(result, context) {
    const { pick } = context
    return [
      {
        layout: 'key-value',
        rows: result.insuredSince
          ? [
              {
                label: pick({ zh: '参保状态', en: 'Status' }),
                value: labelOf(INSURANCE_STATUS, context)(result.status),
              },
              { label: pick({ zh: '参保起始', en: 'Insured since' }), value: result.insuredSince },
            ]
          : [],
      },
      {
        title: pick({ zh: '近期缴费（个人/单位）', en: 'Recent contributions (you / employer)' }),
        layout: 'table',
        columns: [
          pick({ zh: '月份', en: 'Month' }),
          pick({ zh: '缴费基数', en: 'Base' }),
          pick({ zh: '个人', en: 'You' }),
          pick({ zh: '单位', en: 'Employer' }),
        ],
        rows: result.months.map((m) => [m.month, formatYuan(m.base), formatYuan(m.personal), formatYuan(m.employer)]),
      },
    ]
  },
  emptyText: { zh: '没有查到您在本市的社保缴费记录', en: 'No social insurance contributions on record in this city' },
  guide: {
    eligibility: { zh: '在本市参加社会保险的个人', en: 'Anyone insured in this city' },
    materials: [IDENTITY_MATERIAL],
    ...ONLINE_SELF_SERVICE,
  },
}

export const incomeTax: ServiceDeclaration<'income-tax'> = {
  id: 'income-tax',
  fields: [
    ...PERSON_FIELDS,
    {
      id: 'year',
      kind: 'choice',
      label: { zh: '纳税年度', en: 'Tax year' },
      options: ({ today }) => {
        const year = Number(today.slice(0, 4))
        return [year, year - 1, year - 2].map((y) => ({ id: String(y), name: { zh: `${y} 年`, en: String(y) } }))
      },
    },
  ],
  toQuery: ({ name, residentId, year }) => ({ name, residentId, year: Number(year) }),
  present(result, context) {
    const { pick } = context
    return [
      {
        layout: 'key-value',
        rows: result.records.length
          ? [
              {
                label: pick({ zh: `${result.year} 年收入合计`, en: `Income in ${result.year}` }),
                value: formatYuan(result.totalIncome),
              },
              { label: pick({ zh: '已缴税额', en: 'Tax paid' }), value: formatYuan(result.totalTax) },
            ]
          : [],
      },
      {
        title: pick({ zh: '申报明细', en: 'Returns' }),
        layout: 'table',
        columns: [
          pick({ zh: '月份', en: 'Month' }),
          pick({ zh: '扣缴单位', en: 'Payer' }),
          pick({ zh: '收入', en: 'Income' }),
          pick({ zh: '税额', en: 'Tax' }),
        ],
        rows: result.records.map((r) => [
          r.month,
          `${r.payer}（${pick(r.kind)}）`,
          formatYuan(r.income),
          formatYuan(r.tax),
        ]),
      },
    ]
  },
  emptyText: { zh: '这一年度没有您的纳税申报记录', en: 'No tax returns on record for that year' },
  guide: {
    eligibility: { zh: '在中国境内取得所得的纳税人', en: 'Taxpayers with income in China' },
    materials: [IDENTITY_MATERIAL],
    ...ONLINE_SELF_SERVICE,
  },
}

const FUND_STATUS = {
  normal: { zh: '正常缴存', en: 'Active' },
  sealed: { zh: '封存', en: 'Dormant' },
  none: { zh: '未开户', en: 'No account' },
}

export const housingFund: ServiceDeclaration<'housing-fund'> = {
  id: 'housing-fund',
  fields: PERSON_FIELDS,
  toQuery: ({ name, residentId }) => ({ name, residentId }),
  present(result, context) {
    const { pick } = context
    const hasAccount = result.status !== 'none'
    return [
      {
        layout: 'key-value',
        rows: hasAccount
          ? [
              { label: pick({ zh: '账户状态', en: 'Account' }), value: labelOf(FUND_STATUS, context)(result.status) },
              { label: pick({ zh: '账户余额', en: 'Balance' }), value: formatYuan(result.balance) },
              { label: pick({ zh: '月缴存额', en: 'Monthly deposit' }), value: formatYuan(result.monthlyDeposit) },
              { label: pick({ zh: '缴存单位', en: 'Employer' }), value: result.employer },
              ...(result.registeredMobile
                ? [
                    {
                      label: pick({ zh: '预留手机', en: 'Registered mobile' }),
                      value: maskMobile(result.registeredMobile),
                    },
                  ]
                : []),
            ]
          : [],
      },
      {
        title: pick({ zh: '近期缴存', en: 'Recent deposits' }),
        layout: 'table',
        columns: [pick({ zh: '月份', en: 'Month' }), pick({ zh: '金额', en: 'Amount' })],
        rows: result.deposits.map((d) => [d.month, formatYuan(d.amount)]),
      },
    ]
  },
  emptyText: { zh: '没有查到您在本市的公积金账户', en: 'No housing fund account in this city' },
  guide: {
    eligibility: { zh: '在本市缴存住房公积金的职工', en: 'Employees paying into this city’s housing fund' },
    materials: [IDENTITY_MATERIAL],
    ...ONLINE_SELF_SERVICE,
  },
}

export const vaccination: ServiceDeclaration<'vaccination'> = {
  id: 'vaccination',
  fields: PERSON_FIELDS,
  toQuery: ({ name, residentId }) => ({ name, residentId }),
  present(result, context) {
    const { pick } = context
    return [
      {
        title: pick({ zh: '接种记录', en: 'Doses' }),
        layout: 'timeline',
        entries: result.doses.map((dose) => ({
          time: dose.date,
          title: pick({ zh: `${dose.vaccine.zh} 第 ${dose.dose} 剂`, en: `${dose.vaccine.en}, dose ${dose.dose}` }),
          detail: pick(dose.site),
        })),
      },
    ]
  },
  emptyText: { zh: '没有查到您的疫苗接种记录', en: 'No vaccinations on record' },
  guide: {
    eligibility: { zh: '在本市接种过疫苗的居民', en: 'Anyone vaccinated in this city' },
    materials: [IDENTITY_MATERIAL],
    ...ONLINE_SELF_SERVICE,
  },
}
