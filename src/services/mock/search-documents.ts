import type { CityId } from '../../../config/settings'
import type { Department } from '../../cities/city-config'
import { CATALOGUE } from '../lookups/catalogue'
import type { ServiceId } from '../lookups/lookup-schemas'
import type { SearchDocument } from '../search/search-engine'
import { CONSULTATIONS } from './fixtures/consultations'
import type { ArticleFixture } from './fixtures/fixture-types'
import { PUBLIC_QUESTIONS } from './fixtures/public-questions'

const SNIPPET_MAX = 60

function snippet(text: string): string {
  const chars = Array.from(text)
  return chars.length > SNIPPET_MAX ? `${chars.slice(0, SNIPPET_MAX).join('')}…` : text
}

export interface SearchSources {
  articles: readonly ArticleFixture[]
  /** The services the city offers (`CityConfig.services`). */
  services: readonly ServiceId[]
  departments: readonly Department[]
}

/** What one-stop search indexes, from wherever a city keeps it: the mock's fixtures or the reference server's tables. */
export interface SearchContent {
  /** Newest first. */
  articles: readonly { id: string; title: { zh: string }; summary: { zh: string } }[]
  services: readonly ServiceId[]
  /** Answered questions. */
  questions: readonly { id: string; title: string; body: string }[]
  consultations: readonly { id: string; title: string; summary: string }[]
  departments: readonly Department[]
}

/** The documents of a city's content, in the order ties are shown. */
export function contentDocuments({ articles, services, questions, consultations, departments }: SearchContent) {
  return [
    ...articles.map((a): SearchDocument => ({
      kind: 'news',
      id: a.id,
      title: a.title.zh,
      snippet: snippet(a.summary.zh),
    })),
    ...services.map((id): SearchDocument => ({
      kind: 'service',
      id,
      title: CATALOGUE[id].name.zh,
      keywords: CATALOGUE[id].keywords,
    })),
    ...questions.map((q): SearchDocument => ({ kind: 'question', id: q.id, title: q.title, snippet: snippet(q.body) })),
    ...consultations.map((c): SearchDocument => ({
      kind: 'consultation',
      id: c.id,
      title: c.title,
      snippet: snippet(c.summary),
    })),
    ...departments.map((d): SearchDocument => ({ kind: 'department', id: d.id, title: d.name.zh })),
  ]
}

/**
 * What the mock's one-stop search indexes for a city: news as the feed lists them, the services
 * catalogue's, answered questions and consultations as seeded, departments. Every title and keyword
 * here has its pinyin in fixtures/search-pinyin.ts (tested).
 */
export function searchDocuments(city: CityId, { articles, services, departments }: SearchSources): SearchDocument[] {
  return contentDocuments({
    articles: [...articles].sort((a, b) => a.hoursAgo - b.hoursAgo),
    services,
    questions: PUBLIC_QUESTIONS[city],
    consultations: CONSULTATIONS[city],
    departments,
  })
}
