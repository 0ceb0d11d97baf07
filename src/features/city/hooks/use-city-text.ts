import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { cityEn, cityZh, type CityMessageKey } from '../city-messages'

export type CityText = FeatureText<CityMessageKey>

/** The shared translator (`t`) and I Love <City>'s own (`ct`), in the citizen's language. */
export function useCityText() {
  const { ft, ...rest } = useFeatureText(cityZh, cityEn)
  return { ...rest, ct: ft }
}
