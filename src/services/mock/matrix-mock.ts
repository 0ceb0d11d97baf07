/**
 * The account matrix (政务矩阵) in the app: the city's accounts from fixtures/accounts.ts, and the
 * accountability board computed (services/matrix/board.ts) from THE SAME letters and questions the
 * letters and questions mocks show on this device: never typed in separately.
 *
 * Rules the tests rely on:
 * - Accounts are dated from the clock's now at the mock's first call: the last post `lastPostDaysAgo`
 *   days before it, the recent posts one, three and six days before that; `posts30d` as in the fixture.
 *   Listed in the fixture's order: districts, bureaus, agencies.
 * - `getBoard`: as of now, from `casesOf` (letters-mock.ts) and `questionsOf` (questions-mock.ts) and the
 *   city's letters config; a department the city's letters portal does not have is `not-found`.
 * - An unknown department's error says `Matrix: no department …` (the http-build check's marker).
 * - Nothing is stored: the board reads the letters and questions stores (`mock:letters:<city>`,
 *   `mock:questions:<city>`), and the accounts are fixtures.
 */
import type { CityId } from '../../../config/settings'
import { loadLettersConfig } from '../../cities/letters/load-letters-config'
import { ServiceError } from '../errors'
import { computeBoard } from '../matrix/board'
import type { MatrixPort } from '../matrix/matrix-port'
import type { Account } from '../matrix/matrix-schemas'
import { ACCOUNTS } from './fixtures/accounts'
import { casesOf } from './letters-mock'
import type { MockRuntime } from './mock-runtime'
import { questionsOf } from './questions-mock'

const DAY = 24 * 3_600_000
const POST_GAPS = [0, 1, 3, 6]

function accountsOf(cityId: CityId, anchor: number): Account[] {
  return ACCOUNTS[cityId].map((seed) => {
    const lastPostAt = anchor - seed.lastPostDaysAgo * DAY
    return {
      id: seed.id,
      group: seed.group,
      name: seed.name,
      departmentId: seed.departmentId,
      platforms: seed.platforms,
      lastPostAt: new Date(lastPostAt).toISOString(),
      posts30d: seed.posts30d,
      recentPosts: seed.posts.map((title, i) => ({
        title,
        postedAt: new Date(lastPostAt - POST_GAPS[i] * DAY).toISOString(),
      })),
    }
  })
}

/** The matrix port over the fixtures and the letters and questions mocks' data; see the rules above. */
export function createMatrixMock(runtime: MockRuntime): MatrixPort {
  let anchor: number | undefined
  return {
    listAccounts: (cityId) =>
      runtime.call(() => {
        anchor ??= runtime.clock.now()
        return runtime.respond({ items: accountsOf(cityId, anchor), asOf: new Date(runtime.clock.now()).toISOString() })
      }),

    getBoard: (cityId, departmentId) =>
      runtime.call(async () => {
        const config = await loadLettersConfig(cityId)
        if (departmentId !== undefined && !config.departments.some((d) => d.id === departmentId)) {
          throw new ServiceError('not-found', `Matrix: no department ${departmentId}`, 404)
        }
        const cases = await casesOf(runtime, cityId)
        const questions = questionsOf(runtime, cityId)
        return runtime.respond(computeBoard(cases, questions, runtime.clock.now(), config, departmentId ?? null))
      }),
  }
}
