/**
 * FNV-1a (32 bits): a stable number from a string, the same on every device and in every run, so the
 * mock can give each input its own but repeatable data without keeping anything.
 */
export function stableHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0
  return h
}
