import { PERSON_NAME_LENGTH, PERSON_NAME_PATTERN } from '../../services/lookups/lookup-schemas'
import { checkCreditCode } from '../../shared/personal/credit-code'
import { checkResidentId, maskResidentId } from '../../shared/personal/resident-id'
import type { LocalizedText } from '../../services/common-schemas'
import {
  PERSONAL_KINDS,
  type FieldContext,
  type FieldDeclaration,
  type FieldValues,
  type ServiceDeclaration,
} from './declaration'
import type { ServicesMessageKey } from './services-messages'

/** What is wrong with a field: a message key and what fills it (the label is added by the page). */
export interface FieldProblem {
  key: ServicesMessageKey
  params?: Record<string, number>
}

/** What the form sends for what the citizen typed: trimmed; ID numbers and codes without spaces, upper case. */
export function normalizeValue(field: FieldDeclaration, raw: string): string {
  return field.kind === 'resident-id' || field.kind === 'credit-code'
    ? raw.replace(/\s/g, '').toUpperCase()
    : raw.trim()
}

/** The problem with one field's value, or null. `today` decides which birth dates are possible. */
export function checkField(field: FieldDeclaration, raw: string, context: FieldContext): FieldProblem | null {
  const value = normalizeValue(field, raw)
  if (field.kind === 'choice') {
    return field.options(context).some((option) => option.id === value) ? null : { key: 'problem.choose' }
  }
  if (!value) return { key: 'problem.required' }
  switch (field.kind) {
    case 'text': {
      const count = [...value].length
      if (count < field.minLength) return { key: 'problem.tooShort', params: { min: field.minLength } }
      if (count > field.maxLength) return { key: 'problem.tooLong', params: { max: field.maxLength, count } }
      return null
    }
    case 'person-name': {
      const count = [...value].length
      if (count < PERSON_NAME_LENGTH.min || count > PERSON_NAME_LENGTH.max)
        return { key: 'problem.name.length', params: PERSON_NAME_LENGTH }
      return PERSON_NAME_PATTERN.test(value) ? null : { key: 'problem.name.characters' }
    }
    case 'resident-id': {
      const check = checkResidentId(value, context.today)
      return check.ok ? null : { key: `problem.id.${check.problem}`, params: { count: value.length } }
    }
    case 'credit-code': {
      const check = checkCreditCode(value)
      return check.ok ? null : { key: `problem.code.${check.problem}`, params: { count: value.length } }
    }
  }
}

export type FormCheck = { ok: true; values: FieldValues } | { ok: false; problems: Record<string, FieldProblem> }

/** Every field at once: the normalised values to send, or each field's problem. */
export function checkForm(
  declaration: ServiceDeclaration,
  raw: FieldValues,
  context: Omit<FieldContext, 'values'>,
): FormCheck {
  const values: FieldValues = {}
  const problems: Record<string, FieldProblem> = {}
  for (const field of declaration.fields) {
    values[field.id] = normalizeValue(field, raw[field.id] ?? '')
  }
  for (const field of declaration.fields) {
    const problem = checkField(field, raw[field.id] ?? '', { ...context, values })
    if (problem) problems[field.id] = problem
  }
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, values }
}

export const isPersonalField = (field: FieldDeclaration) => PERSONAL_KINDS.includes(field.kind)

export const isPersonalService = (declaration: ServiceDeclaration) => declaration.fields.some(isPersonalField)

/** `王小明` → `王**`: enough for the citizen to recognise, not enough for anyone looking over a shoulder. */
export function maskName(name: string): string {
  const chars = [...name]
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1))
}

/**
 * What was asked, as the result page repeats it: choices by their names, the person masked. Nothing
 * personal is ever shown in full once the look-up is made.
 */
export function describeQuery(
  declaration: ServiceDeclaration,
  context: FieldContext,
  pick: (text: LocalizedText) => string,
): { label: string; value: string }[] {
  return declaration.fields.map((field) => {
    const value = context.values[field.id] ?? ''
    const shown =
      field.kind === 'choice'
        ? pick(field.options(context).find((option) => option.id === value)?.name ?? { zh: value, en: value })
        : field.kind === 'person-name'
          ? maskName(value)
          : field.kind === 'resident-id'
            ? maskResidentId(value)
            : value
    return { label: pick(field.label), value: shown }
  })
}
