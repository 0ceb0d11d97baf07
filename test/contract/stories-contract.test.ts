/**
 * @jest-environment node
 *
 * I Love <City>, run against both adapters: the mock, and the HTTP adapter talking to a real local
 * server that serves the mock over the HTTP contract.
 */
import { CITY_IDS } from '../../config/settings'
import { STORY_CATEGORIES, type StoryCategory } from '../../src/services/stories/stories-schemas'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'

const CODES = { shanghai: 'sh', chengdu: 'cd', yinchuan: 'yc' } as const

describe.each(CONTRACT_ADAPTERS)('I Love <City> contract (%s)', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test.each(CITY_IDS)('%s lists its own stories in every category, each with a described image', async (city) => {
    const stories = await h.api.stories.listStories(city)
    expect(stories.length).toBeGreaterThanOrEqual(8)
    expect(new Set(stories.map((s) => s.category))).toEqual(new Set(STORY_CATEGORIES))
    for (const story of stories) {
      expect(story.id.startsWith(`${CODES[city]}-s`)).toBe(true)
      expect(story.title.zh).toMatch(/\p{Script=Han}/u)
      expect(story.title.en).toMatch(/^[\x20-\x7e’“”–]+$/)
      expect(story.image.alt.zh.length).toBeGreaterThan(4)
      expect(story.image.alt.en.length).toBeGreaterThan(4)
      expect(story.image.src).toMatch(/^data:image\/svg\+xml;base64,/)
      expect(story.image.src.length).toBeLessThan(1536)
      expect(story).not.toHaveProperty('bodyHtml')
    }
  })

  test.each(STORY_CATEGORIES)('a category (%s) lists only its stories, in the same order', async (category) => {
    const all = await h.api.stories.listStories('chengdu')
    const some = await h.api.stories.listStories('chengdu', category)
    expect(some.length).toBeGreaterThan(0)
    expect(some.map((s) => s.id)).toEqual(all.filter((s) => s.category === category).map((s) => s.id))
  })

  test('an unknown category is refused with 422', async () => {
    await expect(h.api.stories.listStories('shanghai', 'sport' as StoryCategory)).rejects.toMatchObject({
      kind: 'server',
      status: 422,
    })
  })

  test('a story carries its summary and a Chinese body', async () => {
    const [first] = await h.api.stories.listStories('yinchuan')
    const story = await h.api.stories.getStory('yinchuan', first.id)
    expect(story).toMatchObject(first)
    expect(story.bodyHtml).toMatch(/^<p>\p{Script=Han}/u)
  })

  test('an unknown id, or another city’s, is not found', async () => {
    await expect(h.api.stories.getStory('shanghai', 'sh-s99')).rejects.toMatchObject({ kind: 'not-found' })
    await expect(h.api.stories.getStory('shanghai', 'cd-s01')).rejects.toMatchObject({ kind: 'not-found' })
  })

  test('a failure reaches the caller as a service error', async () => {
    h.faults.fail('server', 1)
    await expect(h.api.stories.listStories('shanghai')).rejects.toMatchObject({ kind: 'server' })
    await expect(h.api.stories.listStories('shanghai')).resolves.toHaveLength(8)
  })
})
