// Country and language names in the user's language, from Trakt's codes ("us", "en").

import { englishName } from '@/lib/english-names'

const displayNames = new Map<Intl.DisplayNamesType, Intl.DisplayNames | null>()

/** Built on first use (they are slow to build and most pages never name a country). */
function names(type: Intl.DisplayNamesType): Intl.DisplayNames | null {
  if (!displayNames.has(type)) {
    try {
      displayNames.set(type, new Intl.DisplayNames(undefined, { type }))
    } catch {
      displayNames.set(type, null)
    }
  }
  return displayNames.get(type) ?? null
}

const countryNames = new Map<string, string>()

/** "us" → "United States"; unknown codes come back upper-cased. Kept once looked up (tables sort by them). */
export function countryName(code: string | null | undefined): string {
  if (!code) return ''
  const upper = code.toUpperCase()
  let name = countryNames.get(upper)
  if (name === undefined) {
    try {
      name = englishName('region', upper) ?? names('region')?.of(upper) ?? upper
    } catch {
      name = upper
    }
    countryNames.set(upper, name)
  }
  return name
}

/** "de" → "German". */
export function languageName(code: string | null | undefined): string {
  if (!code) return ''
  try {
    return englishName('language', code.toLowerCase()) ?? names('language')?.of(code) ?? code
  } catch {
    return code
  }
}
