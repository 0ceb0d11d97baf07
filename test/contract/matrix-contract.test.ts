/**
 * @jest-environment node
 *
 * The account matrix and its board, run against both adapters: the mock, and the HTTP adapter talking
 * to a real local server that serves the mock over the HTTP contract.
 */
import { CITY_IDS, type CityId } from '../../config/settings'
import { loadLettersConfig } from '../../src/cities/letters/load-letters-config'
import { isInactive } from '../../src/services/matrix/inactive'
import { ACCOUNT_GROUPS, type BoardFigures } from '../../src/services/matrix/matrix-schemas'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'
import { SAMPLE_LETTER } from '../support/sample-letter'

const HOUR = 3_600_000
/** Districts, bureaus, agencies. */
const GROUP_COUNTS: Record<CityId, number[]> = { shanghai: [16, 35, 33], chengdu: [20, 40, 25], yinchuan: [6, 30, 15] }

/** What every board's figures must satisfy, whatever the data. */
function expectConsistent(f: BoardFigures) {
  expect(f.repliedInTime).toBeLessThanOrEqual(f.dueOrReplied)
  expect(f.dueOrReplied).toBeLessThanOrEqual(f.received)
  expect(f.satisfied).toBeLessThanOrEqual(f.rated)
  expect(f.inTimeShare).toBe(f.dueOrReplied === 0 ? null : f.repliedInTime / f.dueOrReplied)
  expect(f.satisfactionShare).toBe(f.rated === 0 ? null : f.satisfied / f.rated)
}

describe.each(CONTRACT_ADAPTERS)('Account matrix contract (%s)', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test.each(CITY_IDS)('%s lists its accounts in three groups, some of them inactive', async (city) => {
    const { items, asOf } = await h.api.matrix.listAccounts(city)
    expect(ACCOUNT_GROUPS.map((g) => items.filter((a) => a.group === g).length)).toEqual(GROUP_COUNTS[city])
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length)
    const { departments } = await loadLettersConfig(city)
    for (const account of items) {
      if (account.departmentId) expect(departments.map((d) => d.id)).toContain(account.departmentId)
      expect(account.recentPosts.length).toBeGreaterThanOrEqual(2)
      expect(account.recentPosts[0].postedAt).toBe(account.lastPostAt)
    }
    // Every department of the letters portal has its account.
    for (const d of departments) expect(items.some((a) => a.departmentId === d.id)).toBe(true)
    const ghosts = items.filter((a) => isInactive(Date.parse(a.lastPostAt), Date.parse(asOf)))
    expect(ghosts.length).toBeGreaterThanOrEqual(3)
    expect(ghosts.length).toBeLessThan(items.length / 4)
  })

  test.each(CITY_IDS)('%s’s board has a row per department, each equal to that department’s board', async (city) => {
    const board = await h.api.matrix.getBoard(city)
    const { departments } = await loadLettersConfig(city)
    expect(board.departmentId).toBeNull()
    expect(board.departments.map((d) => d.departmentId)).toEqual(departments.map((d) => d.id))
    expect(board.figures.received).toBeGreaterThan(0)
    expectConsistent(board.figures)
    for (const row of board.departments) {
      expectConsistent(row.figures)
      const own = await h.api.matrix.getBoard(city, row.departmentId)
      expect(own).toEqual({ departmentId: row.departmentId, asOf: board.asOf, figures: row.figures, departments: [] })
    }
  })

  test('a letter filed in the letters portal counts on its department’s board once assigned', async () => {
    const before = await h.api.matrix.getBoard('shanghai', 'transport')
    await h.api.letters.submit('shanghai', SAMPLE_LETTER, 'matrix-key-1')
    h.clock.advance(6 * HOUR)
    const after = await h.api.matrix.getBoard('shanghai', 'transport')
    expect(after.figures.received - before.figures.received).toBe(1)
    const city = await h.api.matrix.getBoard('shanghai')
    expect(city.departments.find((d) => d.departmentId === 'transport')?.figures).toEqual(after.figures)
  })

  test('an unknown department is not found', async () => {
    await expect(h.api.matrix.getBoard('shanghai', 'no-such-department')).rejects.toMatchObject({ kind: 'not-found' })
  })

  test('a failed call is a ServiceError of the injected kind', async () => {
    h.faults.fail('server', 1)
    await expect(h.api.matrix.listAccounts('chengdu')).rejects.toMatchObject({ kind: 'server' })
    await expect(h.api.matrix.listAccounts('chengdu')).resolves.toMatchObject({ items: expect.any(Array) })
  })
})
