import type { Api } from '../api'
import { CONSULTATIONS_METHODS } from '../consultations/consultations-port'
import { LETTERS_METHODS } from '../letters/letters-port'
import { lazyPort } from '../lazy-port'
import { LOOKUPS_METHODS } from '../lookups/lookups-port'
import { MATRIX_METHODS } from '../matrix/matrix-port'
import { QUESTIONS_METHODS } from '../questions/questions-port'
import { STORIES_METHODS } from '../stories/stories-port'
import { SEARCH_METHODS } from '../search/search-port'
import { createHttpClient, type HttpClientOptions } from './http-client'
import { createNewsHttp } from './news-http'

/** Every port over the HTTP contract. */
export function createHttpApi(options: HttpClientOptions): Api {
  const client = createHttpClient(options)
  return {
    news: createNewsHttp(client),
    letters: lazyPort(() => import('./letters-http').then((m) => m.createLettersHttp(client)), LETTERS_METHODS),
    lookups: lazyPort(() => import('./lookups-http').then((m) => m.createLookupsHttp(client)), LOOKUPS_METHODS),
    stories: lazyPort(() => import('./stories-http').then((m) => m.createStoriesHttp(client)), STORIES_METHODS),
    questions: lazyPort(() => import('./questions-http').then((m) => m.createQuestionsHttp(client)), QUESTIONS_METHODS),
    consultations: lazyPort(
      () => import('./consultations-http').then((m) => m.createConsultationsHttp(client)),
      CONSULTATIONS_METHODS,
    ),
    matrix: lazyPort(() => import('./matrix-http').then((m) => m.createMatrixHttp(client)), MATRIX_METHODS),
    search: lazyPort(() => import('./search-http').then((m) => m.createSearchHttp(client)), SEARCH_METHODS),
  }
}
