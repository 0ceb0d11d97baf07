import type { CityId } from '../../../config/settings'
import type { Page } from '../common-schemas'
import type { Case, LetterSubmission, PublicReply, Rating, UploadedPhoto } from './letters-schemas'

export interface PublicReplyQuery {
  city: CityId
  departmentId?: string
  /** Words to find in the title, description or reply. */
  text?: string
  cursor?: string | null
  /** 1–50; default 10. */
  limit?: number
}

/**
 * Letters and complaints (市长信箱 / 12345). Every method rejects with a `ServiceError` only.
 * A case's state and timeline are always as of the server's now.
 */
export interface LettersPort {
  /**
   * Files a letter. The same `idempotencyKey` (made on the device, one per draft) always answers with
   * the same case, so a retry after a timeout or a lost answer never files a second one. A submission
   * that breaks the contract's limits is refused (kind `server`, status 422).
   */
  submit(city: CityId, submission: LetterSubmission, idempotencyKey: string): Promise<Case>
  /**
   * Uploads one photo for a letter not yet filed. `localPath` is a `tempFilePath` that
   * `Taro.chooseMedia` returned; the answer's `id` goes into `LetterSubmission.photos`, and `submit`
   * refuses (422) an id this city never issued. A file over `MAX_PHOTO_BYTES` (10 MB) is refused
   * (kind `server`, status 413): check `chooseMedia`'s `size` first rather than spend the upload.
   * Not retried and carries no idempotency key: a repeated upload only leaves an unused photo.
   */
  uploadPhoto(city: CityId, localPath: string): Promise<UploadedPhoto>
  /** One case and its timeline. Kind `not-found` for an unknown case number. */
  getCase(city: CityId, caseNumber: string): Promise<Case>
  /** Rates a replied case, once (status 409 otherwise). 不满意 or worse reopens it once for a follow-up. */
  rate(city: CityId, caseNumber: string, rating: Rating, comment?: string): Promise<Case>
  /** Replies to cases their citizens made public, anonymised, newest reply first. */
  listPublicReplies(query: PublicReplyQuery): Promise<Page<PublicReply>>
}

export const LETTERS_METHODS = [
  'submit',
  'uploadPhoto',
  'getCase',
  'rate',
  'listPublicReplies',
] as const satisfies readonly (keyof LettersPort)[]
