import type { LocalizedText } from '../../services/common-schemas'
import type { Language } from '../preferences/preferences-store'
import { en, zh, type MessageKey } from './messages'

const catalogues: Record<Language, Record<MessageKey, string>> = { zh, en }

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

/** Fills `{name}` placeholders; one that has no value is left as written, so it shows up in review. */
export function fillPlaceholders(template: string, params?: Record<string, string | number>): string {
  return params
    ? template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match))
    : template
}

export function createTranslate(language: Language): Translate {
  const catalogue = catalogues[language]
  return (key, params) => fillPlaceholders(catalogue[key], params)
}

/** Content in the citizen's language, falling back to Chinese where no translation exists. */
export function pickText(text: LocalizedText, language: Language): string {
  return language === 'en' && text.en ? text.en : text.zh
}
