import { useFeatureText, type FeatureText } from '../../../shared/i18n/use-feature-text'
import { servicesEn, servicesZh, type ServicesMessageKey } from '../services-messages'

export type ServicesText = FeatureText<ServicesMessageKey>

/** The shared translator (`t`), the services portal's own (`st`), and `pick` for a declaration's text. */
export function useServicesText() {
  const { ft, ...rest } = useFeatureText(servicesZh, servicesEn)
  return { ...rest, st: ft }
}
