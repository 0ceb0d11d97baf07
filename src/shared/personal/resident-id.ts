/**
 * The 18-character resident identity number (GB 11643): a 6-digit region code, the birth date
 * (YYYYMMDD), a 3-digit sequence and a check character computed with ISO 7064 MOD 11-2, where `X`
 * stands for 10.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARACTERS = '10X98765432'

/** Province-level codes (GB/T 2260), plus 81–83 used for Hong Kong, Macao and Taiwan residents. */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83,
])

export type ResidentIdProblem = 'length' | 'characters' | 'region' | 'birth-date' | 'check-digit'

export type ResidentIdCheck = { ok: true; id: string; birthDate: string } | { ok: false; problem: ResidentIdProblem }

export function residentIdCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * WEIGHTS[i], 0)
  return CHECK_CHARACTERS[sum % 11]
}

/** A real calendar day, not in the future (the standard's own example was born in 1880). */
function isRealDate(yyyymmdd: string, today: string): boolean {
  const [year, month, day] = [yyyymmdd.slice(0, 4), yyyymmdd.slice(4, 6), yyyymmdd.slice(6, 8)].map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  const sameDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return sameDay && year >= 1800 && yyyymmdd <= today.replace(/-/g, '')
}

/**
 * Checks an identity number as typed (spaces ignored, lowercase `x` accepted) against `today`, a
 * Beijing date `YYYY-MM-DD` (nobody is born in the future). Says which part is wrong, for the message.
 */
export function checkResidentId(input: string, today: string): ResidentIdCheck {
  const id = input.replace(/\s/g, '').toUpperCase()
  if (id.length !== 18) return { ok: false, problem: 'length' }
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'characters' }
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return { ok: false, problem: 'region' }
  if (!isRealDate(id.slice(6, 14), today)) return { ok: false, problem: 'birth-date' }
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'check-digit' }
  return { ok: true, id, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` }
}

/** `310101199001011234` → `3101**********1234`, wherever an identity number is displayed. */
export function maskResidentId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}` : '*'.repeat(id.length)
}
