import type { Movie, Show } from '../../db/types'

/** A `min-max` (or single value) range from a filter parameter. */
function range(raw: string | null): [number, number] | null {
  if (!raw) return null
  const [a, b] = raw.split('-').map(Number)
  if (a === undefined || Number.isNaN(a)) return null
  return [a, b === undefined || Number.isNaN(b) ? a : b]
}

const list = (raw: string | null) =>
  raw
    ?.split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean) ?? null

/**
 * Trakt's 🎚 filters (query, years, genres, languages, countries, runtimes, ratings, certifications, and for
 * shows networks and status) as one predicate. Multiples are comma-separated and OR-ed.
 */
export function titleFilter(request: Request): (title: Movie | Show) => boolean {
  const params = new URL(request.url).searchParams
  const query = params.get('query')?.toLowerCase() ?? null
  const years = range(params.get('years'))
  const genres = list(params.get('genres'))
  const languages = list(params.get('languages'))
  const countries = list(params.get('countries'))
  const runtimes = range(params.get('runtimes'))
  const ratings = range(params.get('ratings'))
  const certifications = list(params.get('certifications'))
  const networks = list(params.get('networks'))
  const status = list(params.get('status'))
  return (title) => {
    if (query && !`${title.title} ${title.overview}`.toLowerCase().includes(query)) return false
    if (years && (title.year === null || title.year < years[0] || title.year > years[1])) return false
    if (genres && !title.genres.some((g) => genres.includes(g))) return false
    if (languages && !languages.includes(title.language ?? '')) return false
    if (countries && !countries.includes(title.country ?? '')) return false
    if (runtimes && (title.runtime === null || title.runtime < runtimes[0] || title.runtime > runtimes[1]))
      return false
    if (ratings && (title.rating * 10 < ratings[0] || title.rating * 10 > ratings[1])) return false
    if (certifications && !certifications.includes((title.certification ?? '').toLowerCase())) return false
    if ('network' in title) {
      if (networks && !networks.includes((title.network ?? '').toLowerCase())) return false
      if (status && !status.includes(title.status)) return false
    }
    return true
  }
}
