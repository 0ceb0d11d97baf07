/**
 * Personal data never reaches the logs: identity numbers (18 characters, the last may be X) and
 * mainland mobile numbers, wherever they appear (a search box, a URL, an error), are masked.
 */
const RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g
const MOBILE = /(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)/g

export function redact(text: string): string {
  let decoded = text
  try {
    decoded = decodeURIComponent(text)
  } catch {
    // Not URL-encoded: mask it as it is.
  }
  return decoded.replace(RESIDENT_ID, '[id]').replace(MOBILE, '[mobile]')
}
