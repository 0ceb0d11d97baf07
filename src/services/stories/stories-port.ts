import type { CityId } from '../../../config/settings'
import type { Story, StoryCategory, StorySummary } from './stories-schemas'

/**
 * I Love <City> (我爱<城市>): the city's culture, food, history and city-construction stories. A short,
 * curated list, so there is no paging. Every method rejects with a `ServiceError` only.
 */
export interface StoriesPort {
  /**
   * The city's stories in the editors' order, optionally of one category. A category outside
   * `STORY_CATEGORIES` is refused (kind `server`, status 422).
   */
  listStories(city: CityId, category?: StoryCategory): Promise<StorySummary[]>
  /** One story with its body. Kind `not-found` for an id the city does not have. */
  getStory(city: CityId, id: string): Promise<Story>
}

export const STORIES_METHODS = ['listStories', 'getStory'] as const satisfies readonly (keyof StoriesPort)[]
