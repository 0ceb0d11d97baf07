import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { questionsEn, questionsZh, type QuestionsMessageKey } from '../questions-messages'

export type QuestionsText = FeatureText<QuestionsMessageKey>

/** The shared translator (`t`) and the questions portal's own (`qt`), in the citizen's language. */
export function useQuestionsText() {
  const { ft, ...rest } = useFeatureText(questionsZh, questionsEn)
  return { ...rest, qt: ft }
}
