import type { SearchKind } from '../../services/search/search-schemas'
import { navigateTo } from '../../shared/navigation'

/** Words the idle page offers to try: Chinese, pinyin initials and full pinyin. */
export const SEARCH_EXAMPLES = ['社保', 'sb', 'gongjijin'] as const

/** Opens a result on its own page. */
export function openResult(kind: SearchKind, id: string): void {
  switch (kind) {
    case 'news':
      return navigateTo('newsArticle', { id })
    case 'service':
      return navigateTo('servicesLookup', { serviceId: id })
    case 'question':
      return navigateTo('questionsDetail', { id })
    case 'consultation':
      return navigateTo('consultationsDetail', { id })
    case 'department':
      return navigateTo('matrixBoard', { departmentId: id })
  }
}
