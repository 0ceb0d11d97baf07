import type { Api } from '../api'
import { CONSULTATIONS_METHODS } from '../consultations/consultations-port'
import { LETTERS_METHODS } from '../letters/letters-port'
import { lazyPort } from '../lazy-port'
import { LOOKUPS_METHODS } from '../lookups/lookups-port'
import { QUESTIONS_METHODS } from '../questions/questions-port'
import { createHttpClient, type HttpClientOptions } from './http-client'
import { createNewsHttp } from './news-http'

/** Every port over the HTTP contract. */
export function createHttpApi(options: HttpClientOptions): Api {
  const client = createHttpClient(options)
  return {
    news: createNewsHttp(client),
    letters: lazyPort(() => import('./letters-http').then((m) => m.createLettersHttp(client)), LETTERS_METHODS),
    lookups: lazyPort(() => import('./lookups-http').then((m) => m.createLookupsHttp(client)), LOOKUPS_METHODS),
    questions: lazyPort(() => import('./questions-http').then((m) => m.createQuestionsHttp(client)), QUESTIONS_METHODS),
    consultations: lazyPort(
      () => import('./consultations-http').then((m) => m.createConsultationsHttp(client)),
      CONSULTATIONS_METHODS,
    ),
  }
}
