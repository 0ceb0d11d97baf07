/**
 * The 18-character unified social credit code of an organisation (GB 32100): 17 characters and a
 * check character, all from a 31-character set without I, O, S, V and Z, with weights 3^i mod 31.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeProblem = 'length' | 'characters' | 'check-character'

export function creditCodeCheckCharacter(first17: string): string {
  const sum = [...first17].reduce((total, char, i) => total + CHARSET.indexOf(char) * WEIGHTS[i], 0)
  return CHARSET[(31 - (sum % 31)) % 31]
}

/** Checks a code as typed (spaces ignored, lowercase accepted); says which part is wrong. */
export function checkCreditCode(input: string): { ok: true; code: string } | { ok: false; problem: CreditCodeProblem } {
  const code = input.replace(/\s/g, '').toUpperCase()
  if (code.length !== 18) return { ok: false, problem: 'length' }
  if (![...code].every((char) => CHARSET.includes(char))) return { ok: false, problem: 'characters' }
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, problem: 'check-character' }
  return { ok: true, code }
}
