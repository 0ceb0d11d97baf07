import { useMemo } from 'react'
import type { LocalizedText } from '../../../services/common-schemas'
import { fillPlaceholders, pickText } from '../../../shared/i18n/translate'
import { useTranslate } from '../../../shared/i18n/use-translate'
import { servicesEn, servicesZh, type ServicesMessageKey } from '../services-messages'

export type ServicesText = (key: ServicesMessageKey, params?: Record<string, string | number>) => string

/** The shared translator (`t`), the services portal's own (`st`), and `pick` for a declaration's text. */
export function useServicesText() {
  const { t, language } = useTranslate()
  return useMemo(() => {
    const catalogue = language === 'en' ? servicesEn : servicesZh
    const st: ServicesText = (key, params) => fillPlaceholders(catalogue[key], params)
    const pick = (text: LocalizedText) => pickText(text, language)
    return { t, st, pick, language }
  }, [t, language])
}
