import { TEST_NOW, createTestMockApi } from '../../../../test/support/test-api'
import { loadLettersConfig } from '../../../cities/letters/load-letters-config'
import { computeBoard } from '../../matrix/board'
import { ACCOUNTS } from '../fixtures/accounts'
import { casesOf } from '../letters-mock'
import { questionsOf } from '../questions-mock'

const DAY = 24 * 3_600_000

test('accounts are dated from the clock at the first call', async () => {
  const api = createTestMockApi()
  const { items, asOf } = await api.matrix.listAccounts('shanghai')
  expect(asOf).toBe(new Date(TEST_NOW).toISOString())
  expect(items.map((a) => a.id)).toEqual(ACCOUNTS.shanghai.map((a) => a.id))
  items.forEach((account, i) =>
    expect(Date.parse(account.lastPostAt)).toBe(TEST_NOW - ACCOUNTS.shanghai[i].lastPostDaysAgo * DAY),
  )
  api.clock.advance(DAY)
  const later = await api.matrix.listAccounts('shanghai')
  expect(later.items[0].lastPostAt).toBe(items[0].lastPostAt)
  expect(later.asOf).toBe(new Date(TEST_NOW + DAY).toISOString())
})

test('the fixture has the real numbers of accounts, and ghosts whose 30 days say so', () => {
  for (const seeds of Object.values(ACCOUNTS)) {
    for (const seed of seeds) {
      if (seed.lastPostDaysAgo >= 30) expect(seed.posts30d).toBe(0)
      else expect(seed.posts30d).toBeGreaterThan(0)
      expect(seed.platforms[0]).toBe('wechat')
    }
  }
  expect(ACCOUNTS.shanghai.find((a) => a.id === 'sh-huangpu')?.name.zh).toBe('上海市黄浦区人民政府')
})

test.each(['shanghai', 'chengdu', 'yinchuan'] as const)(
  '%s: the board is board.ts on the letters and questions mocks’ own data, as the clock moves',
  async (city) => {
    const api = createTestMockApi()
    const config = await loadLettersConfig(city)
    for (const step of [0, 3 * DAY, 10 * DAY]) {
      api.clock.advance(step)
      const expected = computeBoard(
        await casesOf(api.runtime, city),
        questionsOf(api.runtime, city),
        api.clock.now(),
        config,
        null,
      )
      expect(await api.matrix.getBoard(city)).toEqual(expected)
    }
  },
)

test('the board counts the same answered questions the questions portal lists', async () => {
  const api = createTestMockApi()
  const listed = await api.questions.listAnswered({ city: 'shanghai', departmentId: 'education', limit: 50 })
  const board = await api.matrix.getBoard('shanghai', 'education')
  expect(listed.nextCursor).toBeNull()
  expect(board.figures.questionsAnswered).toBe(listed.items.length)
})
