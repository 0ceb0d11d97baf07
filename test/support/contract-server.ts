import type { Api } from '../../src/services/api'
import { isServiceError } from '../../src/services/errors'
import { sendJson, startLocalServer } from './local-server'

const STATUS = { 'not-found': 404, network: 502, timeout: 504, server: 500, 'invalid-response': 502 } as const

/**
 * Serves a port implementation (the mock, in tests) over the HTTP contract, so the HTTP adapter can be
 * run against the same data and the same behaviour as the mock. Paths follow docs/http-contract.md.
 */
export function startContractServer(api: Api) {
  return startLocalServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent)
    try {
      if (req.method !== 'GET' || parts[0] !== 'cities')
        return sendJson(res, 404, { error: { code: 'no_route', message: 'No such endpoint' } })
      const city = parts[1] as Parameters<Api['news']['listNotices']>[0]
      if (parts[2] === 'notices' && parts.length === 3)
        return sendJson(res, 200, { items: await api.news.listNotices(city) })
      if (parts[2] === 'columns' && parts[4] === 'articles' && parts.length === 5) {
        const limit = url.searchParams.get('limit')
        const page = await api.news.listArticles({
          city,
          columnId: parts[3],
          cursor: url.searchParams.get('cursor'),
          limit: limit ? Number(limit) : undefined,
        })
        return sendJson(res, 200, page)
      }
      if (parts[2] === 'articles' && parts.length === 4)
        return sendJson(res, 200, await api.news.getArticle(city, parts[3]))
      return sendJson(res, 404, { error: { code: 'no_route', message: 'No such endpoint' } })
    } catch (error) {
      const status = isServiceError(error) ? (error.status ?? STATUS[error.kind]) : 500
      return sendJson(res, status, {
        error: { code: isServiceError(error) ? error.kind : 'internal', message: String((error as Error).message) },
      })
    }
  })
}
