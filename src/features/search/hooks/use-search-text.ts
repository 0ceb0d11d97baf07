import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { searchEn, searchZh, type SearchMessageKey } from '../search-messages'

export type SearchText = FeatureText<SearchMessageKey>

/** The shared translator (`t`) and the search page's own (`st`), in the citizen's language. */
export function useSearchText() {
  const { ft, ...rest } = useFeatureText(searchZh, searchEn)
  return { ...rest, st: ft }
}
