import type { HttpClient } from './http-client'
import type { StoriesPort } from '../stories/stories-port'
import { StoryListSchema, StorySchema } from '../stories/stories-schemas'

const seg = encodeURIComponent

/** The I Love <City> endpoints of the HTTP contract (see docs/http-contract.md). */
export function createStoriesHttp(client: HttpClient): StoriesPort {
  return {
    listStories: async (city, category) =>
      (await client.request('GET', `/cities/${seg(city)}/stories`, StoryListSchema, { query: { category } })).items,
    getStory: (city, id) => client.request('GET', `/cities/${seg(city)}/stories/${seg(id)}`, StorySchema),
  }
}
