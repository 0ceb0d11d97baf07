import { useMemo } from 'react'
import type { LocalizedText } from '../../services/common-schemas'
import { fillPlaceholders, pickText } from './translate'
import { useTranslate } from './use-translate'

export type FeatureText<K extends string> = (key: K, params?: Record<string, string | number>) => string

/**
 * A portal's own words (shipped with its subpackage, not in the shared catalogue the main package
 * carries), beside the shared translator `t` and `pick` for text that comes in both languages.
 */
export function useFeatureText<K extends string>(zh: Record<K, string>, en: Record<K, string>) {
  const { t, language } = useTranslate()
  return useMemo(() => {
    const catalogue = language === 'en' ? en : zh
    const ft: FeatureText<K> = (key, params) => fillPlaceholders(catalogue[key], params)
    const pick = (text: LocalizedText) => pickText(text, language)
    return { t, ft, pick, language }
  }, [t, language, zh, en])
}
