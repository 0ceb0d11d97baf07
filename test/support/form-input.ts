import { fireEvent, screen, within } from '@testing-library/react'

/** Types into the field the citizen knows by `label`, then leaves it (so its problem shows). */
export function typeInto(label: string, value: string): void {
  const field = screen.getByLabelText(label)
  fireEvent.change(field, { target: { value } })
  fireEvent.blur(field)
}

/** Taps `option` in the row of choices named `group`. */
export function choose(group: string, option: string): void {
  fireEvent.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }))
}
