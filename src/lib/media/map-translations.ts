import { arr, obj, str } from './read'

export type Translation = {
  language: string
  country: string | null
  title: string | null
  tagline: string | null
  overview: string | null
}

export type Alias = { title: string; country: string | null }

/** Translations; entries with nothing translated are dropped. */
export function mapTranslations(body: unknown): Translation[] {
  const out: Translation[] = []
  for (const entry of arr(body)) {
    const raw = obj(entry)
    const language = str(raw.language)
    if (!language) continue
    const item = {
      language,
      country: str(raw.country),
      title: str(raw.title),
      tagline: str(raw.tagline),
      overview: str(raw.overview),
    }
    if (item.title || item.tagline || item.overview) out.push(item)
  }
  return out
}

/** Other titles by country, without exact duplicates. */
export function mapAliases(body: unknown): Alias[] {
  const seen = new Set<string>()
  const out: Alias[] = []
  for (const entry of arr(body)) {
    const raw = obj(entry)
    const title = str(raw.title)
    if (!title) continue
    const country = str(raw.country)
    const key = `${country ?? ''}\n${title}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ title, country })
  }
  return out
}
