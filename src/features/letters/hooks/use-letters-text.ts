import { useMemo } from 'react'
import { fillPlaceholders } from '../../../shared/i18n/translate'
import { useTranslate } from '../../../shared/i18n/use-translate'
import { lettersEn, lettersZh, type LettersMessageKey } from '../letters-messages'

export type LettersText = (key: LettersMessageKey, params?: Record<string, string | number>) => string

/** The shared translator (`t`) and the letters portal's own (`lt`), in the citizen's language. */
export function useLettersText() {
  const { t, language } = useTranslate()
  return useMemo(() => {
    const catalogue = language === 'en' ? lettersEn : lettersZh
    const lt: LettersText = (key, params) => fillPlaceholders(catalogue[key], params)
    return { t, lt, language }
  }, [t, language])
}
