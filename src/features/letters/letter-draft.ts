import type { LetterChannel } from '../../cities/city-config'
import {
  DESCRIPTION_LENGTH,
  MAX_PHOTOS,
  TITLE_LENGTH,
  type LetterSubmission,
  type LetterType,
} from '../../services/letters/letters-schemas'
import { normalizeMobile } from '../../shared/personal/mobile'
import { lengthProblem, type LengthProblem } from '../../shared/text-limits'

/** A photo is uploaded as soon as it is chosen, so the draft keeps its id and survives a restart. */
export interface DraftPhoto {
  id: string
  /** The local file to show; gone after a restart on some devices, so the id is what counts. */
  preview: string
}

/** The form as the citizen left it: every field as typed, nothing normalised away. */
export interface LetterDraft {
  type: LetterType | ''
  categoryId: string
  departmentId: string
  title: string
  description: string
  location: string
  photos: DraftPhoto[]
  contactName: string
  /** As typed: spaces, dashes and +86 are allowed here and removed on submission. */
  mobile: string
  isPublic: boolean
  anonymous: boolean
  consent: boolean
}

export const EMPTY_DRAFT: LetterDraft = {
  type: '',
  categoryId: '',
  departmentId: '',
  title: '',
  description: '',
  location: '',
  photos: [],
  contactName: '',
  mobile: '',
  isPublic: false,
  anonymous: false,
  consent: false,
}

export const LOCATION_MAX = 100
export const CONTACT_NAME_MAX = 20

export type FieldProblem = LengthProblem | { kind: 'mobile' } | { kind: 'too-many'; max: number }

export type FormField =
  'type' | 'categoryId' | 'title' | 'description' | 'location' | 'photos' | 'contactName' | 'mobile' | 'consent'

/** The fields in the order the form shows them, so "what is missing" reads top to bottom. */
export const FORM_FIELDS: readonly FormField[] = [
  'type',
  'categoryId',
  'title',
  'description',
  'location',
  'photos',
  'contactName',
  'mobile',
  'consent',
]

/** Every field that is not right yet, with what is wrong. An empty object means the draft can be sent. */
export function checkDraft(draft: LetterDraft, channel: LetterChannel): Partial<Record<FormField, FieldProblem>> {
  const problems: Partial<Record<FormField, FieldProblem>> = {}
  if (!draft.type || !channel.types.includes(draft.type)) problems.type = { kind: 'required' }
  if (!draft.categoryId) problems.categoryId = { kind: 'required' }
  const title = lengthProblem(draft.title, TITLE_LENGTH)
  if (title) problems.title = title
  const description = lengthProblem(draft.description, DESCRIPTION_LENGTH)
  if (description) problems.description = description
  if (draft.location.trim().length > LOCATION_MAX) problems.location = { kind: 'too-long', max: LOCATION_MAX }
  if (draft.photos.length > MAX_PHOTOS) problems.photos = { kind: 'too-many', max: MAX_PHOTOS }
  const name = draft.contactName.trim()
  if (!name) problems.contactName = { kind: 'required' }
  else if (name.length > CONTACT_NAME_MAX) problems.contactName = { kind: 'too-long', max: CONTACT_NAME_MAX }
  if (!draft.mobile.trim()) problems.mobile = { kind: 'required' }
  else if (!normalizeMobile(draft.mobile)) problems.mobile = { kind: 'mobile' }
  if (!draft.consent) problems.consent = { kind: 'required' }
  return problems
}

/** What the service receives. Only call it for a draft `checkDraft` passes. */
export function toSubmission(draft: LetterDraft, channelId: string): LetterSubmission {
  const mobile = normalizeMobile(draft.mobile)
  if (!draft.type || !mobile || !draft.consent) throw new Error('toSubmission needs a complete draft')
  const location = draft.location.trim()
  return {
    channelId,
    type: draft.type,
    categoryId: draft.categoryId,
    departmentId: draft.departmentId || undefined,
    title: draft.title.trim(),
    description: draft.description.trim(),
    location: location || undefined,
    photos: draft.photos.map((photo) => photo.id),
    contactName: draft.contactName.trim(),
    mobile,
    isPublic: draft.isPublic,
    anonymous: draft.anonymous,
    consent: true,
  }
}
