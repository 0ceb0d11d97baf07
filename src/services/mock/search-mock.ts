/**
 * The one-stop search in the app: the city's news, offered services, answered questions,
 * consultations and letters departments, indexed once per city with the pinyin made when the fixtures
 * were (fixtures/search-pinyin.ts). Ranking and normalisation: search/search-engine.ts.
 */
import type { CityId } from '../../../config/settings'
import { getCityConfig } from '../../cities/city-registry'
import { loadLettersConfig } from '../../cities/letters/load-letters-config'
import { buildSearchIndex, searchIndex, type SearchIndex } from '../search/search-engine'
import type { SearchPort } from '../search/search-port'
import { SEARCH_PINYIN } from './fixtures/search-pinyin'
import type { MockRuntime } from './mock-runtime'
import type { NewsFixtureLoaders } from './news-mock'
import { searchDocuments } from './search-documents'

export function createSearchMock(runtime: MockRuntime, fixtures: NewsFixtureLoaders): SearchPort {
  const indexes = new Map<CityId, Promise<SearchIndex>>()
  const indexOf = (city: CityId) => {
    let index = indexes.get(city)
    if (!index) {
      index = Promise.all([fixtures.loadNewsFixtures(city), loadLettersConfig(city)]).then(([news, letters]) =>
        buildSearchIndex(
          searchDocuments(city, {
            articles: news.articles,
            services: getCityConfig(city).services,
            departments: letters.departments,
          }),
          (text) => SEARCH_PINYIN[text],
        ),
      )
      index.catch(() => indexes.delete(city))
      indexes.set(city, index)
    }
    return index
  }
  return {
    search: (city, query) => runtime.call(async () => runtime.respond(searchIndex(await indexOf(city), query))),
  }
}
