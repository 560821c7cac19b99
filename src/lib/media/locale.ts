/** The user's two-letter language ("de" from "de-AT"), for translation requests; English when unknown. */
export function userLanguage(): string {
  const tag = typeof navigator === 'undefined' ? '' : (navigator.language ?? '')
  const language = tag.split('-')[0]?.toLowerCase() ?? ''
  return /^[a-z]{2}$/.test(language) ? language : 'en'
}

/** The user's two-letter country ("at" from "de-AT"), for release dates; the US when the browser does not say. */
export function userCountry(): string {
  const tags =
    typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language ?? '']
  for (const tag of tags) {
    const region = tag.split('-')[1]
    if (region && /^[a-z]{2}$/i.test(region)) return region.toLowerCase()
  }
  return 'us'
}
