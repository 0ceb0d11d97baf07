import * as v from 'valibot'
import { CITY_IDS } from '../../../config/settings'
import { CONSULTATIONS } from '../../services/mock/fixtures/consultations'
import { PUBLIC_QUESTIONS } from '../../services/mock/fixtures/public-questions'
import { QuestionSubmissionSchema } from '../../services/questions/questions-schemas'
import { getCityConfig } from '../city-registry'
import { loadInteractionConfig } from '../interaction/load-interaction-config'
import { loadLettersConfig } from '../letters/load-letters-config'

const CODES = { shanghai: 'sh', chengdu: 'cd', yinchuan: 'yc' } as const

describe.each(CITY_IDS)('%s interaction configuration and mock data', (city) => {
  test('7–9 topics with unique lowercase ids, named in both languages', async () => {
    const { topics } = await loadInteractionConfig(city)
    expect(topics.length).toBeGreaterThanOrEqual(7)
    expect(topics.length).toBeLessThanOrEqual(9)
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length)
    for (const topic of topics) {
      expect(topic.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(topic.name.zh).toMatch(/\p{Script=Han}/u)
      expect(topic.name.en).toMatch(/^[A-Z]/)
    }
    // Where a question nobody could place ends up.
    expect(topics.map((t) => t.id)).toContain('other')
  })

  test('every interaction column that filters by topic names one of the city’s topics', async () => {
    const { topics } = await loadInteractionConfig(city)
    for (const column of getCityConfig(city).interaction) {
      if (column.topicId) expect(topics.map((t) => t.id)).toContain(column.topicId)
    }
  })

  test('12–16 seeded questions, each with the city’s department and topic, within the contract’s limits', async () => {
    const [{ departments }, { topics }] = await Promise.all([loadLettersConfig(city), loadInteractionConfig(city)])
    const seeds = PUBLIC_QUESTIONS[city]
    expect(seeds.length).toBeGreaterThanOrEqual(12)
    expect(seeds.length).toBeLessThanOrEqual(16)
    expect(new Set(seeds.map((s) => s.id)).size).toBe(seeds.length)
    for (const seed of seeds) {
      expect(seed.id).toMatch(new RegExp(`^${CODES[city]}-q\\d{2}$`))
      expect(departments.map((d) => d.id)).toContain(seed.departmentId)
      expect(topics.map((t) => t.id)).toContain(seed.topicId)
      expect(seed.repliedDaysAgo).toBeGreaterThanOrEqual(1)
      expect(seed.askedDaysAgo).toBeGreaterThan(seed.repliedDaysAgo)
      expect(seed.helpfulCount).toBeGreaterThanOrEqual(0)
      const submission = { departmentId: seed.departmentId, title: seed.title, body: seed.body, nickname: '' }
      expect(v.safeParse(QuestionSubmissionSchema, { ...submission, anonymous: true, consent: true }).success).toBe(
        true,
      )
      // Two to four sentences.
      const sentences = seed.reply.split(/[。！？]/).filter((s) => s.trim()).length
      expect([seed.id, sentences >= 2 && sentences <= 4]).toEqual([seed.id, true])
    }
  })

  test('three open and three closed consultations of the city’s departments, two with feedback', async () => {
    const { departments } = await loadLettersConfig(city)
    const seeds = CONSULTATIONS[city]
    expect(new Set(seeds.map((s) => s.id)).size).toBe(seeds.length)
    expect(seeds.filter((s) => s.startDay <= 0 && s.endDay >= 0)).toHaveLength(3)
    const closed = seeds.filter((s) => s.endDay < 0)
    expect(closed).toHaveLength(3)
    expect(closed.filter((s) => s.feedback)).toHaveLength(2)
    for (const seed of seeds) {
      expect(seed.id).toMatch(new RegExp(`^${CODES[city]}-c\\d{2}$`))
      expect(seed.title).toMatch(/^《.+（.*征求意见稿）》$/)
      expect(departments.map((d) => d.id)).toContain(seed.departmentId)
      expect(seed.startDay).toBeLessThan(seed.endDay)
      const articles = seed.draftHtml.match(/第[一二三四五六七八九十]+条/g) ?? []
      expect([seed.id, articles.length >= 4 && articles.length <= 8]).toEqual([seed.id, true])
      if (seed.feedback) {
        // Published after closing, and by now.
        expect(seed.feedback.day).toBeGreaterThan(seed.endDay)
        expect(seed.feedback.day).toBeLessThanOrEqual(0)
        expect(seed.feedback.html).toContain(String(seed.feedback.adoptedCount))
      }
    }
  })
})

test('Shanghai has the public-concerns topic its #Reply column shows, with at least three answers in it', async () => {
  const { topics } = await loadInteractionConfig('shanghai')
  expect(topics.find((t) => t.id === 'public-concerns')?.name).toEqual({ zh: '回应关切', en: 'Public concerns' })
  expect(PUBLIC_QUESTIONS.shanghai.filter((q) => q.topicId === 'public-concerns').length).toBeGreaterThanOrEqual(3)
})
