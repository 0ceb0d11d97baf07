import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { consultationsEn, consultationsZh, type ConsultationsMessageKey } from '../consultations-messages'

export type ConsultationsText = FeatureText<ConsultationsMessageKey>

/** The shared translator (`t`) and the consultations portal's own (`ct`), in the citizen's language. */
export function useConsultationsText() {
  const { ft, ...rest } = useFeatureText(consultationsZh, consultationsEn)
  return { ...rest, ct: ft }
}
