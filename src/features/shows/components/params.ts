/** A season or episode number from the URL; null for anything that is not a whole number ≥ 0. */
export function parseNumberParam(value: string | undefined): number | null {
  if (!value || !/^\d{1,5}$/.test(value)) return null
  return Number(value)
}
