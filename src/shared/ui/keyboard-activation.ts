const ACTIVATABLE = '[role="button"],[role="link"],[role="radio"],[role="switch"],[role="checkbox"],[role="tab"]'

/**
 * H5 only: Enter (and Space, for everything but links) activates the focused control, as it would a
 * native button. Taro's H5 components are custom elements with a role, so the browser does not do it.
 */
export function enableKeyboardActivation(doc: Document): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null
    if (!target?.matches?.(ACTIVATABLE) || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement)
      return
    const isLink = target.getAttribute('role') === 'link'
    if (event.key === 'Enter' || (!isLink && event.key === ' ')) {
      event.preventDefault()
      target.click()
    }
  }
  doc.addEventListener('keydown', onKeyDown)
  return () => doc.removeEventListener('keydown', onKeyDown)
}
