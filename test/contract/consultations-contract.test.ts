/**
 * @jest-environment node
 *
 * Public consultations, run against both adapters: the mock, and the HTTP adapter talking to a real
 * local server that serves the mock over the HTTP contract. The backing mock's clock and faults are
 * the test's, so both runs see the same drafts closing at the same moment.
 */
import { CITY_IDS, type CityId } from '../../config/settings'
import { loadLettersConfig } from '../../src/cities/letters/load-letters-config'
import type { Api } from '../../src/services/api'
import type { Page } from '../../src/services/common-schemas'
import { CONSULTATION_CLOSED_STATUS } from '../../src/services/consultations/consultations-port'
import type {
  CommentReceipt,
  CommentSubmission,
  ConsultationStatus,
  ConsultationSummary,
} from '../../src/services/consultations/consultations-schemas'
import { createHttpApi } from '../../src/services/http/create-http-api'
import { CONTRACT_ADAPTERS, type Harness } from '../support/contract-adapters'
import { startContractServer } from '../support/contract-server'
import { sendJson, startLocalServer } from '../support/local-server'
import { seeded } from '../support/seeded-random'
import { createTestMockApi } from '../support/test-api'

const comment: CommentSubmission = {
  text: '建议明确延时投放点的设置标准，并规定最晚开放时间不早于晚上九点。',
  consent: true,
}

/** Every page of a status, following the cursor. */
async function allOf(api: Api, city: CityId, status: ConsultationStatus, limit = 2) {
  const all: ConsultationSummary[] = []
  let page: Page<ConsultationSummary> = { items: [], nextCursor: null }
  do {
    page = await api.consultations.listConsultations({ city, status, limit, cursor: page.nextCursor })
    all.push(...page.items)
  } while (page.nextCursor)
  return all
}

describe.each(CONTRACT_ADAPTERS)('Consultations contract (%s)', (_name, start) => {
  let h: Harness
  beforeEach(async () => {
    h = await start()
  })
  afterEach(() => h.close())

  test.each(CITY_IDS)('%s lists open ones closing soonest first and closed ones most recent first', async (city) => {
    const { departments } = await loadLettersConfig(city)
    const open = await allOf(h.api, city, 'open')
    const closed = await allOf(h.api, city, 'closed')
    expect(open).toHaveLength(3)
    expect(closed).toHaveLength(3)
    expect(new Set([...open, ...closed].map((c) => c.id)).size).toBe(6)
    expect(open.every((c) => c.status === 'open' && c.endDate >= '2026-11-23' && c.startDate <= '2026-11-23')).toBe(
      true,
    )
    expect(closed.every((c) => c.status === 'closed' && c.endDate < '2026-11-23')).toBe(true)
    expect(open.map((c) => c.endDate)).toEqual(open.map((c) => c.endDate).sort())
    expect(closed.map((c) => c.endDate)).toEqual(
      closed
        .map((c) => c.endDate)
        .sort()
        .reverse(),
    )
    for (const c of [...open, ...closed]) expect(departments.map((d) => d.id)).toContain(c.departmentId)
    expect(closed.filter((c) => c.hasFeedback)).toHaveLength(2)
    // One call with room for all gives the same as paging one at a time.
    expect((await h.api.consultations.listConsultations({ city, status: 'open', limit: 50 })).items).toEqual(open)
    expect(await allOf(h.api, city, 'closed', 1)).toEqual(closed)
  })

  test('a consultation carries its draft, and its feedback once closed and published', async () => {
    const open = await h.api.consultations.getConsultation('shanghai', 'sh-c01')
    expect(open).toMatchObject({ status: 'open', hasFeedback: false, feedback: null })
    expect(open.draftHtml).toMatch(/第一条/)
    const closed = await h.api.consultations.getConsultation('shanghai', 'sh-c05')
    expect(closed).toMatchObject({ status: 'closed', hasFeedback: true })
    expect(closed.feedback).toEqual({ publishedAt: expect.any(String), html: expect.any(String), adoptedCount: 203 })
    await expect(h.api.consultations.getConsultation('shanghai', 'sh-c99')).rejects.toMatchObject({
      kind: 'not-found',
    })
  })

  test('a comment is counted once per idempotency key', async () => {
    const before = (await h.api.consultations.getConsultation('chengdu', 'cd-c02')).commentCount
    const receipt = await h.api.consultations.comment('chengdu', 'cd-c02', comment, 'draft-a')
    expect(receipt).toEqual({
      id: `cd-c02-${before + 1}`,
      consultationId: 'cd-c02',
      submittedAt: '2026-11-23T02:00:00.000Z',
      commentCount: before + 1,
    })
    expect(await h.api.consultations.comment('chengdu', 'cd-c02', comment, 'draft-a')).toEqual(receipt)
    expect((await h.api.consultations.comment('chengdu', 'cd-c02', comment, 'draft-b')).commentCount).toBe(before + 2)
    expect((await h.api.consultations.getConsultation('chengdu', 'cd-c02')).commentCount).toBe(before + 2)
  })

  test('on a flaky network (30% of calls fail, half after the server acted), retrying comments exactly once', async () => {
    const before = (await h.api.consultations.getConsultation('yinchuan', 'yc-c03')).commentCount
    for (let seed = 1; seed <= 25; seed += 1) {
      h.faults.randomly(0.3, seeded(seed))
      let receipt: CommentReceipt | undefined
      for (let attempt = 0; !receipt && attempt < 50; attempt += 1) {
        receipt = await h.api.consultations
          .comment('yinchuan', 'yc-c03', comment, `flaky-${seed}`)
          .catch(() => undefined)
      }
      h.faults.clear()
      expect(receipt?.commentCount).toBe(before + seed)
    }
    expect((await h.api.consultations.getConsultation('yinchuan', 'yc-c03')).commentCount).toBe(before + 25)
  })

  test('comments are taken until 23:59:59.999 Beijing on the end date and refused from 00:00:00.000', async () => {
    const { endDate } = await h.api.consultations.getConsultation('shanghai', 'sh-c01')
    expect(endDate).toBe('2026-11-26')
    h.clock.set(Date.parse('2026-11-26T15:59:59.999Z'))
    const taken = await h.api.consultations.comment('shanghai', 'sh-c01', comment, 'in-time')
    expect(taken.submittedAt).toBe('2026-11-26T15:59:59.999Z')
    expect((await h.api.consultations.getConsultation('shanghai', 'sh-c01')).status).toBe('open')

    h.clock.set(Date.parse('2026-11-26T16:00:00.000Z'))
    await expect(h.api.consultations.comment('shanghai', 'sh-c01', comment, 'too-late')).rejects.toMatchObject({
      kind: 'server',
      status: CONSULTATION_CLOSED_STATUS,
    })
    expect((await h.api.consultations.getConsultation('shanghai', 'sh-c01')).status).toBe('closed')
    expect((await h.api.consultations.listConsultations({ city: 'shanghai', status: 'closed' })).items[0].id).toBe(
      'sh-c01',
    )
    // The comment taken in time is still answered on a retry.
    expect(await h.api.consultations.comment('shanghai', 'sh-c01', comment, 'in-time')).toEqual(taken)
  })

  test('refusals: an unknown consultation 404, a comment out of limits 422, a closed one 409', async () => {
    await expect(h.api.consultations.comment('shanghai', 'sh-c99', comment, 'a')).rejects.toMatchObject({
      kind: 'not-found',
    })
    for (const [i, bad] of [
      { text: '太短', consent: true },
      { text: '很'.repeat(501), consent: true },
      { text: comment.text, consent: false },
    ].entries()) {
      await expect(
        h.api.consultations.comment('shanghai', 'sh-c02', bad as CommentSubmission, `bad-${i}`),
      ).rejects.toMatchObject({ kind: 'server', status: 422 })
    }
    await expect(h.api.consultations.comment('shanghai', 'sh-c04', comment, 'closed')).rejects.toMatchObject({
      status: CONSULTATION_CLOSED_STATUS,
    })
    await expect(
      h.api.consultations.listConsultations({ city: 'shanghai', status: 'open', limit: 51 }),
    ).rejects.toMatchObject({ status: 422 })
  })
})

describe('Consultations over HTTP, seen from the server', () => {
  test('paths, query names, body and Idempotency-Key are the ones docs/http-contract.md gives', async () => {
    const received: { method?: string; url?: string; key?: string | string[]; body: string }[] = []
    const server = await startLocalServer((req, res, body) => {
      received.push({ method: req.method, url: req.url, key: req.headers['idempotency-key'], body })
      sendJson(res, 200, { items: [], nextCursor: null })
    })
    const api = createHttpApi({ baseUrl: server.baseUrl, timeoutMs: 500, retries: 0 })
    try {
      await api.consultations.listConsultations({ city: 'chengdu', status: 'closed', cursor: 'c1', limit: 5 })
      await api.consultations.comment('chengdu', 'cd-c01', comment, 'key-1').catch(() => undefined)
    } finally {
      await server.close()
    }
    expect(received).toEqual([
      { method: 'GET', url: '/cities/chengdu/consultations?status=closed&cursor=c1&limit=5', key: undefined, body: '' },
      {
        method: 'POST',
        url: '/cities/chengdu/consultations/cd-c01/comments',
        key: 'key-1',
        body: JSON.stringify(comment),
      },
    ])
  })

  test('the contract server refuses a comment without an Idempotency-Key (400), and an answer not in the contract is invalid', async () => {
    const server = await startContractServer(createTestMockApi())
    try {
      const res = await fetch(`${server.baseUrl}/cities/chengdu/consultations/cd-c01/comments`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(comment),
      })
      expect(res.status).toBe(400)
    } finally {
      await server.close()
    }
    const wrong = await startLocalServer((_req, res) => sendJson(res, 200, { items: [{ id: 'x' }], nextCursor: null }))
    try {
      const api = createHttpApi({ baseUrl: wrong.baseUrl, timeoutMs: 500, retries: 0 })
      await expect(api.consultations.listConsultations({ city: 'chengdu', status: 'open' })).rejects.toMatchObject({
        kind: 'invalid-response',
      })
    } finally {
      await wrong.close()
    }
  })
})
