import type { Api } from '../api'
import { LETTERS_METHODS } from '../letters/letters-port'
import { lazyPort } from '../lazy-port'
import { createHttpClient, type HttpClientOptions } from './http-client'
import { createNewsHttp } from './news-http'

/** Every port over the HTTP contract. */
export function createHttpApi(options: HttpClientOptions): Api {
  const client = createHttpClient(options)
  return {
    news: createNewsHttp(client),
    letters: lazyPort(() => import('./letters-http').then((m) => m.createLettersHttp(client)), LETTERS_METHODS),
  }
}
