import type { CityId } from '../../../config/settings'
import { buildCityNews } from './build-city-news'
import type { ArticleBodies, NewsFixtures } from './fixtures/fixture-types'

// A mini program cannot fetch code later, and it only ever shows its build city, so only that city's
// fixtures are bundled.

function onlyBuildCity(city: CityId): Error | null {
  return city === process.env.TARO_APP_CITY
    ? null
    : new Error(`This build carries mock data for ${process.env.TARO_APP_CITY} only`)
}

export function loadNewsFixtures(city: CityId): Promise<NewsFixtures> {
  const wrongCity = onlyBuildCity(city)
  return wrongCity ? Promise.reject(wrongCity) : Promise.resolve(buildCityNews)
}

// The bodies are too heavy for the main package, so they ship in the news subpackage, whose article
// page hands them over (provide-article-bodies.weapp.ts) before it asks for an article.
let providedBodies: ArticleBodies | null = null
const waitingForBodies: ((bodies: ArticleBodies) => void)[] = []

export function articleBodiesProvided(bodies: ArticleBodies): void {
  providedBodies = bodies
  waitingForBodies.splice(0).forEach((resolve) => resolve(bodies))
}

export function loadArticleBodies(city: CityId): Promise<ArticleBodies> {
  const wrongCity = onlyBuildCity(city)
  if (wrongCity) return Promise.reject(wrongCity)
  return providedBodies ? Promise.resolve(providedBodies) : new Promise((resolve) => waitingForBodies.push(resolve))
}
