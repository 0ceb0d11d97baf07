import { createDraftsStore } from '../../../shared/drafts/drafts-store'
import { taroStorage } from '../../../shared/storage/taro-storage'
import { EMPTY_COMMENT, type CommentDraft } from '../consultation-window'

/** Comments being written, by `city:consultation` (shared/drafts: kept as typed, sent once). */
export const commentDrafts = createDraftsStore<CommentDraft>(taroStorage, 'comment-drafts', EMPTY_COMMENT)
