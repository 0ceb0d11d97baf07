const INTERACTIVE = new Set(['button', 'link', 'radio', 'switch', 'checkbox', 'tab'])

/**
 * Accessible name and role for a Taro component. The mini program reads `ariaLabel`/`ariaRole`; the H5
 * build renders web components (`taro-view-core`, `taro-button-core`), which have no role and take no
 * focus of their own: they need real `role`/`aria-label` attributes, and interactive ones a tab stop
 * (Enter and Space then activate them: see keyboard-activation.ts).
 */
export function a11y(
  label: string | undefined,
  role?: string,
  state: { checked?: boolean; selected?: boolean; level?: number } = {},
): Record<string, string | number> {
  const props: Record<string, string | number> = {}
  if (process.env.TARO_ENV === 'h5') {
    if (label) props['aria-label'] = label
    if (role) props.role = role
    if (role && INTERACTIVE.has(role)) props.tabIndex = 0
    if (state.checked !== undefined) props['aria-checked'] = String(state.checked)
    if (state.selected !== undefined) props['aria-selected'] = String(state.selected)
    if (state.level !== undefined) props['aria-level'] = state.level
  } else {
    if (label) props.ariaLabel = label
    if (role) props.ariaRole = role
    if (state.checked !== undefined) props.ariaChecked = String(state.checked)
    if (state.selected !== undefined) props.ariaSelected = String(state.selected)
  }
  return props
}
