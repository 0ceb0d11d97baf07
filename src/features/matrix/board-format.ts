/** A share as a whole percentage, e.g. 0.857 → 86%. */
export const percent = (share: number) => `${Math.round(share * 100)}%`

/** Working days with at most one decimal: 3, 3.5. */
export const days = (value: number) => String(Math.round(value * 10) / 10)
