/**
 * I Love <City> in the app: each city's stories from the fixtures, nothing stored.
 *
 * Rules the tests rely on:
 * - `listStories`: the city's stories in fixture order (8 or more), only those of `category` when given;
 *   a category outside `STORY_CATEGORIES` is refused (kind `server`, status 422, "Unknown story
 *   category").
 * - `getStory`: an id the city does not have (another city's too) is `not-found`.
 * - Every image is an inline SVG (`data:image/svg+xml;base64,…`, under 1.5 KB), drawn in the city's
 *   theme colour, so the mock needs no network.
 */
import type { CityId } from '../../../config/settings'
import { ServiceError } from '../errors'
import type { StoriesPort } from '../stories/stories-port'
import { STORY_CATEGORIES, type Story, type StorySummary } from '../stories/stories-schemas'
import { STORIES, type StoryFixture } from './fixtures/stories'
import type { MockRuntime } from './mock-runtime'

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Base64 of an ASCII string: the mini program has no `btoa`. */
export function base64Ascii(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i += 3) {
    const [a, b, c] = [text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2)]
    const n = (a << 16) | ((b || 0) << 8) | (c || 0)
    out += BASE64[(n >> 18) & 63] + BASE64[(n >> 12) & 63]
    out += i + 1 < text.length ? BASE64[(n >> 6) & 63] : '='
    out += i + 2 < text.length ? BASE64[n & 63] : '='
  }
  return out
}

function illustration(city: CityId, art: string): string {
  const { colour, tint } = STORIES[city]
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 180">` +
    `<rect width="320" height="180" fill="${tint}"/><g fill="${colour}" color="${colour}">${art}</g></svg>`
  return `data:image/svg+xml;base64,${base64Ascii(svg)}`
}

function toSummary(city: CityId, story: StoryFixture): StorySummary {
  return {
    id: story.id,
    category: story.category,
    title: story.title,
    summary: story.summary,
    image: { src: illustration(city, story.art), alt: story.alt },
  }
}

/** The stories port over the fixtures; see the rules above. */
export function createStoriesMock(runtime: MockRuntime): StoriesPort {
  return {
    listStories: (city, category) =>
      runtime.call(() => {
        if (category !== undefined && !STORY_CATEGORIES.includes(category)) {
          throw new ServiceError('server', 'Unknown story category', 422)
        }
        const stories = STORIES[city].stories.filter((s) => !category || s.category === category)
        return runtime.respond(stories.map((s) => toSummary(city, s)))
      }),
    getStory: (city, id) =>
      runtime.call(() => {
        const story = STORIES[city].stories.find((s) => s.id === id)
        if (!story) throw new ServiceError('not-found', `No story ${id}`, 404)
        const full: Story = { ...toSummary(city, story), bodyHtml: story.bodyHtml }
        return runtime.respond(full)
      }),
  }
}
