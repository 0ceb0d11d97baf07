import type { HttpClient } from './http-client'
import type { MatrixPort } from '../matrix/matrix-port'
import { AccountListSchema, BoardSchema } from '../matrix/matrix-schemas'

const seg = encodeURIComponent

/** The account matrix endpoints of the HTTP contract (see docs/http-contract.md). */
export function createMatrixHttp(client: HttpClient): MatrixPort {
  return {
    listAccounts: (city) => client.request('GET', `/cities/${seg(city)}/accounts`, AccountListSchema),
    getBoard: (city, departmentId) =>
      client.request('GET', `/cities/${seg(city)}/board`, BoardSchema, { query: { department: departmentId } }),
  }
}
