import type { CityId } from '../../../config/settings'
import type { AccountList, Board } from './matrix-schemas'

/**
 * The account matrix (政务矩阵) and its accountability board. Every method rejects with a
 * `ServiceError` only; every answer is as of the server's now.
 */
export interface MatrixPort {
  /**
   * All the city's accounts, in the city's order (filtering by group and platform is the page's), and
   * the server's now (`asOf`).
   */
  listAccounts(city: CityId): Promise<AccountList>
  /**
   * The board of one letters department (`departmentId`), or the whole city's with a row per department
   * when it is absent. Computed from the letters and questions the portals show (board.ts), never typed
   * in. Kind `not-found` for a department the city does not have.
   */
  getBoard(city: CityId, departmentId?: string): Promise<Board>
}

export const MATRIX_METHODS = ['listAccounts', 'getBoard'] as const satisfies readonly (keyof MatrixPort)[]
