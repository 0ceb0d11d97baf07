import { useMemo } from 'react'
import { usePreferences } from '../preferences/app-preferences'
import { createTranslate } from './translate'

export function useTranslate() {
  const language = usePreferences((s) => s.language)
  return useMemo(() => ({ t: createTranslate(language), language }), [language])
}
