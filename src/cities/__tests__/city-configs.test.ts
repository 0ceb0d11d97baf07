import { CITY_IDS } from '../../../config/settings'
import { availableCities, getCityConfig } from '../city-registry'

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe.each(CITY_IDS)('%s config', (id) => {
  const city = getCityConfig(id)

  test('is registered under its own id', () => {
    expect(availableCities).toContain(id)
    expect(city.id).toBe(id)
  })

  test('its theme colour keeps white text readable (contrast at least 4.5:1)', () => {
    expect(contrast(city.themeColor, '#ffffff')).toBeGreaterThanOrEqual(4.5)
  })

  test('has named columns with unique ids, in both languages', () => {
    expect(city.newsColumns.length).toBeGreaterThan(0)
    expect(new Set(city.newsColumns.map((c) => c.id)).size).toBe(city.newsColumns.length)
    for (const column of city.newsColumns) {
      expect(column.name.zh).toMatch(/\p{Script=Han}/u)
      expect(column.name.en).toMatch(/^[A-Z]/)
    }
  })
})

test('Shanghai shows the ten columns of the case study', () => {
  expect(getCityConfig('shanghai').newsColumns.map((c) => c.name.en)).toEqual([
    'Latest News',
    'Policy Analyzing',
    'Shanghai News',
    'Connect Districts and Counties',
    'Focus on Press Conference',
    'Good Morning Shanghai',
    'Traffic Information',
    'Weather Forecast',
    'Convenience for the People',
    'Food Prices',
  ])
})

describe.each(CITY_IDS)('%s letters configuration', (id) => {
  test('channels, categories, departments and deadlines fit together', async () => {
    const { loadLettersConfig } = await import('../letters/load-letters-config')
    const { LETTER_TYPES } = await import('../../services/letters/letters-schemas')
    const config = await loadLettersConfig(id)
    expect(config.caseCode).toMatch(/^[A-Z]{2}$/)
    expect(config.channels.length).toBeGreaterThanOrEqual(3)
    for (const channel of config.channels) expect(channel.types.length).toBeGreaterThan(0)
    // Every type of letter can be sent through some channel, and has a time limit.
    for (const type of LETTER_TYPES) {
      expect(config.channels.some((c) => c.types.includes(type))).toBe(true)
      expect(config.deadlineDays[type]).toBeGreaterThan(0)
    }
    expect(new Set(config.departments.map((d) => d.id)).size).toBe(config.departments.length)
    expect(config.holidays.years).toContain(2026)
  })
})

test('each city has its own case code', async () => {
  const { loadLettersConfig } = await import('../letters/load-letters-config')
  const codes = await Promise.all(CITY_IDS.map(async (id) => (await loadLettersConfig(id)).caseCode))
  expect(new Set(codes).size).toBe(CITY_IDS.length)
})
