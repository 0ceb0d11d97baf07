import { SEARCH_PINYIN } from '../../mock/fixtures/search-pinyin'
import { buildSearchIndex, normaliseQuery, searchIndex, type SearchDocument } from '../search-engine'
import { SEARCH_KINDS, SEARCH_QUERY_MAX } from '../search-schemas'

const DOCUMENTS: SearchDocument[] = [
  { kind: 'news', id: 'n1', title: '个人社保缴费证明可在线打印', snippet: '登录一网通办即可下载' },
  { kind: 'news', id: 'n2', title: '灵活就业人员如何在本市缴纳社保' },
  { kind: 'service', id: 'social-insurance', title: '社保缴费记录', keywords: ['社保', '养老', '医保'] },
  { kind: 'service', id: 'housing-fund', title: '公积金余额', keywords: ['公积金', '住房'] },
  { kind: 'question', id: 'q1', title: '社保', snippet: '一个只叫社保的问题，用来检验完全相同的标题排在最前' },
  { kind: 'department', id: 'hrss', title: '上海市人力资源和社会保障局' },
]
const PINYIN: Record<string, readonly [string, string]> = {
  ...SEARCH_PINYIN,
  上海市人力资源和社会保障局: ['shang hai shi ren li zi yuan he she hui bao zhang ju', 'shsrlzyhshbzj'],
}
const index = buildSearchIndex(DOCUMENTS, (text) => PINYIN[text])
const search = (query: unknown) => searchIndex(index, query)
const ids = (query: unknown) => search(query).groups.flatMap((g) => g.items.map((i) => i.id))

test('Chinese text finds titles that contain it, grouped by kind, the kind with the best match first', () => {
  const { groups } = search('社保')
  // The question's title is exactly 社保, the service's starts with it, the news merely contain it.
  expect(groups.map((g) => g.kind)).toEqual(['question', 'service', 'news'])
  expect(groups.map((g) => g.total)).toEqual([1, 1, 2])
})

test('kinds that match equally well keep their usual order', () => {
  // 公积 starts the service's title and nothing else; 人力资源 is inside the department's title only.
  expect(search('公积').groups.map((g) => g.kind)).toEqual(['service'])
  const { groups } = search('缴')
  expect(groups.map((g) => g.kind)).toEqual(SEARCH_KINDS.filter((k) => groups.some((g) => g.kind === k)))
})

test('full pinyin finds 社保 (whole title start, then from a syllable inside it)', () => {
  // Whole-title starts first (the question is all 社保, the service starts with it), then the news.
  expect(ids('shebao')).toEqual(['social-insurance', 'q1', 'n1', 'n2'])
  expect(ids('gongjijin')).toEqual(['housing-fund'])
  expect(ids('jiaofei')).toEqual(['n1', 'social-insurance'])
  // Not from the middle of a syllable: "ao" is in "bao" but starts no syllable.
  expect(ids('aojiao')).toEqual([])
})

test('pinyin initials find 社保', () => {
  expect(ids('sb')).toEqual(['social-insurance', 'q1', 'n1', 'n2'])
  expect(ids('sbjfjl')).toEqual(['social-insurance'])
  expect(ids('gjj')).toEqual(['housing-fund'])
})

test('mixed case, full-width letters and spaces are the same query', () => {
  for (const query of ['SheBao', 'SB', 'ＳＢ', '  she bao  ', 'Ｓｈｅｂａｏ']) expect(ids(query)).toEqual(ids('shebao'))
})

test('a query that matches nothing answers no groups', () => {
  expect(search('火星移民')).toEqual({ groups: [] })
  expect(search('zzzqqq')).toEqual({ groups: [] })
  expect(search('')).toEqual({ groups: [] })
  expect(search('   ')).toEqual({ groups: [] })
})

test('one character: a Chinese one matches as contains, a Latin letter by initials prefix only', () => {
  expect(ids('积')).toEqual(['housing-fund'])
  expect(ids('障')).toEqual(['hrss'])
  // "g" starts 公积金余额 (gjjye) only; "s" starts the 社… and 上海… titles, not 个人社保… (grsb…).
  expect(ids('g')).toEqual(['n1', 'housing-fund'])
  expect(ids('s')).toEqual(['social-insurance', 'q1', 'hrss'])
  expect(ids('j')).toEqual([])
})

test('hostile input never throws and matches nothing it should not', () => {
  const hostile = [
    '<script>alert(1)</script>',
    '.*',
    '(',
    '[',
    '\\',
    '$^',
    '%',
    '\u0000\u202e',
    'a'.repeat(100_000),
    '社保'.repeat(10_000),
  ]
  for (const query of hostile) expect(() => search(query)).not.toThrow()
  expect(search('.*')).toEqual({ groups: [] })
  expect(search('(')).toEqual({ groups: [] })
  expect(search('<script>')).toEqual({ groups: [] })
  for (const query of [null, undefined, 42, {}]) expect(search(query)).toEqual({ groups: [] })
  expect(Array.from(normaliseQuery('社'.repeat(1000)))).toHaveLength(SEARCH_QUERY_MAX)
  expect(normaliseQuery('<b>社保</b>')).toBe('b 社保 b')
})

test('ranking: the exact title first, then title prefix, title contains, pinyin, initials, keywords', () => {
  // 社保: exact (q1) before prefix (social-insurance) before contains (n1, n2); within a kind the same.
  const all = searchIndex(
    buildSearchIndex(
      DOCUMENTS.map((d) => ({ ...d, kind: 'news' })),
      (text) => PINYIN[text],
    ),
    '社保',
  )
  expect(all.groups[0].items.map((i) => i.id)).toEqual(['q1', 'social-insurance', 'n1', 'n2'])
  // Keywords are the last resort: 养老 is only a keyword of the social-insurance record.
  expect(ids('养老')).toEqual(['social-insurance'])
  expect(ids('yanglao')).toEqual(['social-insurance'])
  // Snippets too: 一网通办 is only in n1's snippet.
  expect(ids('一网通办')).toEqual(['n1'])
})

test('at most the limit per group, with the total', () => {
  const many = Array.from({ length: 12 }, (_, i): SearchDocument => ({
    kind: 'news',
    id: `n${i}`,
    title: `社保第${i}条`,
  }))
  const { groups } = searchIndex(
    buildSearchIndex(many, () => undefined),
    '社保',
    5,
  )
  expect(groups[0].items).toHaveLength(5)
  expect(groups[0].total).toBe(12)
})
