import type { Api } from '../api'
import { createHttpClient, type HttpClientOptions } from './http-client'
import { createNewsHttp } from './news-http'

/** Every port over the HTTP contract. */
export function createHttpApi(options: HttpClientOptions): Api {
  const client = createHttpClient(options)
  return { news: createNewsHttp(client) }
}
