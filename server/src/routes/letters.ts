import type { FastifyInstance } from 'fastify'
import * as v from 'valibot'
import { loadLettersConfig } from '../../../src/cities/letters/load-letters-config'
import { MAX_PHOTO_BYTES, RATINGS, RATING_COMMENT_MAX } from '../../../src/services/letters/letters-schemas'
import { cityParam, idempotencyKey, type ServerContext } from '../app'
import { httpError, parseInput } from '../errors'
import { createLettersStore } from '../store/letters'
import { pageParams } from './paging'

const RatingBodySchema = v.object({
  rating: v.picklist(RATINGS),
  comment: v.optional(v.pipe(v.string(), v.maxLength(RATING_COMMENT_MAX))),
})

const PublicRepliesQuerySchema = v.object({
  department: v.optional(v.pipe(v.string(), v.maxLength(40))),
  q: v.optional(v.pipe(v.string(), v.maxLength(50))),
})

/** Letters (市长信箱 / 12345): docs/http-contract.md, "Letters". */
export function registerLetterRoutes(app: FastifyInstance, context: ServerContext) {
  const letters = createLettersStore(context)

  app.post('/cities/:city/letters', async (request) => {
    const city = cityParam(request)
    return letters.submit(city, request.body, idempotencyKey(request))
  })

  app.post('/cities/:city/letters/photos', async (request) => {
    const city = cityParam(request)
    const type = request.headers['content-type'] ?? ''
    if (!type.startsWith('multipart/form-data') || !Buffer.isBuffer(request.body)) {
      throw httpError(400, 'Send the photo as multipart/form-data in the field "photo"')
    }
    const photo = await new Response(new Uint8Array(request.body), { headers: { 'content-type': type } })
      .formData()
      .then((form) => form.get('photo'))
      .catch(() => null)
    if (!(photo instanceof Blob)) throw httpError(400, 'A multipart field "photo" is required')
    if (photo.size > MAX_PHOTO_BYTES) {
      throw httpError(413, `The photo is ${photo.size} bytes; at most ${MAX_PHOTO_BYTES} are taken`)
    }
    return letters.uploadPhoto(city, photo.type || 'application/octet-stream', Buffer.from(await photo.arrayBuffer()))
  })

  app.get('/cities/:city/letters/:caseNumber', async (request) => {
    const city = cityParam(request)
    return letters.getCase(city, (request.params as { caseNumber: string }).caseNumber)
  })

  app.post('/cities/:city/letters/:caseNumber/rating', async (request) => {
    const city = cityParam(request)
    const { caseNumber } = request.params as { caseNumber: string }
    const current = await letters.getCase(city, caseNumber) // 404 before 422, as the contract lists them
    const body = parseInput(RatingBodySchema, request.body, 'rating')
    return letters.rate(city, current.caseNumber, body.rating, body.comment)
  })

  app.get('/cities/:city/public-replies', async (request) => {
    const city = cityParam(request)
    const { cursor, limit } = pageParams(request.query, /^\d{1,6}$/)
    const query = parseInput(PublicRepliesQuerySchema, request.query, 'query')
    const config = await loadLettersConfig(city)
    const department = query.department ? config.departments.find((d) => d.id === query.department) : undefined
    const text = query.q?.trim()
    const matching = (await letters.publicReplies(city))
      .filter((r) => !query.department || r.department === department?.name.zh)
      .filter((r) => !text || [r.title, r.description, r.reply].some((field) => field.includes(text)))
      .sort((a, b) => Date.parse(b.repliedAt) - Date.parse(a.repliedAt))
    const start = Number(cursor ?? 0)
    const items = matching.slice(start, start + limit)
    return { items, nextCursor: start + limit < matching.length ? String(start + limit) : null }
  })
}
