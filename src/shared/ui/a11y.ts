/**
 * Accessible name and role for a Taro component. The mini program reads `ariaLabel`/`ariaRole`; the H5
 * build renders web components, where only real `aria-label`/`role` attributes reach the screen reader.
 */
export function a11y(label: string, role?: string): Record<string, string> {
  if (process.env.TARO_ENV === 'h5') return role ? { 'aria-label': label, role } : { 'aria-label': label }
  return role ? { ariaLabel: label, ariaRole: role } : { ariaLabel: label }
}
