type ClassValue = string | number | false | null | undefined | ClassValue[]

/** Joins class names, skipping falsy values (a tiny `clsx`; no Tailwind merging, so avoid conflicting classes). */
export function cn(...values: ClassValue[]): string {
  const out: string[] = []
  for (const value of values) {
    if (!value) continue
    if (Array.isArray(value)) {
      const nested = cn(...value)
      if (nested) out.push(nested)
    } else {
      out.push(String(value))
    }
  }
  return out.join(' ')
}
