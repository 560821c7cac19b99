// Defensive readers for Trakt JSON: real bodies carry more fields than documented, and nulls where the docs
// promise values, so mappers read `unknown` and never trust a shape.

export type Json = Record<string, unknown>

export const obj = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {}

export const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

export const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null

export const num = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

export const bool = (value: unknown): boolean => value === true

export const strs = (value: unknown): string[] =>
  arr(value).filter((item): item is string => typeof item === 'string' && item.trim() !== '')

/** Trakt's ids of a movie, show, season, episode, person or list, read defensively: any of them may be missing. */
export type Ids = {
  trakt: number | null
  slug: string | null
  imdb: string | null
  tmdb: number | null
  tvdb: number | null
}

/** Ids whose Trakt id is known: what every write to Trakt needs. */
export type KnownIds = Ids & { trakt: number }

/** The ids with their Trakt id known, or null when Trakt left it out. */
export function knownIds(ids: Ids): KnownIds | null {
  return ids.trakt === null ? null : { ...ids, trakt: ids.trakt }
}

export function readIds(value: unknown): Ids {
  const ids = obj(value)
  return {
    trakt: num(ids.trakt),
    slug: str(ids.slug),
    imdb: str(ids.imdb),
    tmdb: num(ids.tmdb),
    tvdb: num(ids.tvdb),
  }
}
