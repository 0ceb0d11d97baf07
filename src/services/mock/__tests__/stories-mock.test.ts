import { CITY_IDS } from '../../../../config/settings'
import { getCityConfig } from '../../../cities/city-registry'
import { STORIES } from '../fixtures/stories'
import { base64Ascii } from '../stories-mock'
import { createTestMockApi } from '../../../../test/support/test-api'

const decode = (src: string) => Buffer.from(src.replace(/^data:image\/svg\+xml;base64,/, ''), 'base64').toString()

test('base64Ascii matches Node’s encoder for every padding', () => {
  for (const text of ['', 'a', 'ab', 'abc', 'abcd', '<svg viewBox="0 0 320 180"/>']) {
    expect(base64Ascii(text)).toBe(Buffer.from(text).toString('base64'))
  }
})

test.each(CITY_IDS)('%s: illustrations are small, well-formed SVG in the city’s colour', async (city) => {
  expect(STORIES[city].colour).toBe(getCityConfig(city).themeColor)
  const stories = await createTestMockApi().stories.listStories(city)
  for (const story of stories) {
    const svg = decode(story.image.src)
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 320 180">.*<\/svg>$/)
    expect(svg).toContain(`fill="${getCityConfig(city).themeColor}"`)
    // ASCII only: the encoder (and a data URI) would garble anything else.
    expect(svg).toMatch(/^[\x20-\x7e]+$/)
    expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull()
  }
})

test('story ids are unique across cities', () => {
  const ids = CITY_IDS.flatMap((city) => STORIES[city].stories.map((s) => s.id))
  expect(new Set(ids).size).toBe(ids.length)
})
