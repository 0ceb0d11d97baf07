import type { Api } from '../api'
import { CONSULTATIONS_METHODS } from '../consultations/consultations-port'
import { LETTERS_METHODS } from '../letters/letters-port'
import { lazyPort } from '../lazy-port'
import { LOOKUPS_METHODS } from '../lookups/lookups-port'
import { MATRIX_METHODS } from '../matrix/matrix-port'
import { QUESTIONS_METHODS } from '../questions/questions-port'
import { STORIES_METHODS } from '../stories/stories-port'
import { SEARCH_METHODS } from '../search/search-port'
import { loadConsultationsMock } from './load-consultations-mock'
import { loadLettersMock } from './load-letters-mock'
import { loadLookupsMock } from './load-lookups-mock'
import { loadMatrixMock } from './load-matrix-mock'
import { loadQuestionsMock } from './load-questions-mock'
import { loadStoriesMock } from './load-stories-mock'
import { loadSearchMock } from './load-search-mock'
import { createMockRuntime, type MockRuntime, type MockRuntimeOptions } from './mock-runtime'
import { createNewsMock, type NewsFixtureLoaders } from './news-mock'

export interface MockApi extends Api {
  /** Test and staff hooks: the clock, fault injection and storage behind this mock. */
  runtime: MockRuntime
}

export interface MockApiOptions extends MockRuntimeOptions {
  fixtures: NewsFixtureLoaders
}

/** The in-app implementation of every port, with realistic data, latency and injectable faults. */
export function createMockApi({ fixtures, ...runtimeOptions }: MockApiOptions): MockApi {
  const runtime = createMockRuntime(runtimeOptions)
  return {
    runtime,
    news: createNewsMock(runtime, fixtures),
    letters: lazyPort(() => loadLettersMock().then((m) => m.createLettersMock(runtime)), LETTERS_METHODS),
    lookups: lazyPort(() => loadLookupsMock().then((m) => m.createLookupsMock(runtime)), LOOKUPS_METHODS),
    stories: lazyPort(() => loadStoriesMock().then((m) => m.createStoriesMock(runtime)), STORIES_METHODS),
    questions: lazyPort(() => loadQuestionsMock().then((m) => m.createQuestionsMock(runtime)), QUESTIONS_METHODS),
    consultations: lazyPort(
      () => loadConsultationsMock().then((m) => m.createConsultationsMock(runtime)),
      CONSULTATIONS_METHODS,
    ),
    matrix: lazyPort(() => loadMatrixMock().then((m) => m.createMatrixMock(runtime)), MATRIX_METHODS),
    search: lazyPort(() => loadSearchMock().then((m) => m.createSearchMock(runtime, fixtures)), SEARCH_METHODS),
  }
}
