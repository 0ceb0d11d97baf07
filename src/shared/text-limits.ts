/** What is wrong with a text's length: nothing typed, too short, too long. */
export type LengthProblem =
  { kind: 'required' } | { kind: 'too-short'; min: number } | { kind: 'too-long'; max: number }

/**
 * Checks a text against its limits with the same measure as the service schemas (trimmed, UTF-16
 * length), so a form never passes what the server would refuse.
 */
export function lengthProblem(text: string, limits: { min: number; max: number }): LengthProblem | undefined {
  const length = text.trim().length
  if (length === 0) return { kind: 'required' }
  if (length < limits.min) return { kind: 'too-short', min: limits.min }
  if (length > limits.max) return { kind: 'too-long', max: limits.max }
  return undefined
}
