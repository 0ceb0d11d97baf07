/**
 * Mainland mobile numbers: 11 digits starting with 1 (second digit 3–9). Citizens type them with
 * spaces, dashes or a +86 / 0086 prefix; they are stored bare and shown masked.
 */
const MOBILE = /^1[3-9]\d{9}$/

/** The bare 11 digits, or null when the input is not a mainland mobile number. */
export function normalizeMobile(input: string): string | null {
  const digits = input.replace(/[\s\-()]/g, '').replace(/^(\+86|0086)/, '')
  return MOBILE.test(digits) ? digits : null
}

/** `13812345678` → `138****5678`; anything else is masked whole rather than shown. */
export function maskMobile(mobile: string): string {
  return MOBILE.test(mobile) ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : '*'.repeat(mobile.length)
}
