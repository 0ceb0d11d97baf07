import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { lettersEn, lettersZh, type LettersMessageKey } from '../letters-messages'

export type LettersText = FeatureText<LettersMessageKey>

/** The shared translator (`t`) and the letters portal's own (`lt`), in the citizen's language. */
export function useLettersText() {
  const { ft, ...rest } = useFeatureText(lettersZh, lettersEn)
  return { ...rest, lt: ft }
}
