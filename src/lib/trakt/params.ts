/** The filters of the reference: multiples are comma-joined, ranges are `a-b`. */
export type TraktFilters = {
  query?: string
  years?: number | [number, number]
  genres?: string[]
  languages?: string[]
  countries?: string[]
  runtimes?: [number, number]
  ratings?: [number, number]
  certifications?: string[]
  networks?: string[]
  status?: string[]
}

export type ExtendedLevel = 'full' | 'images' | 'metadata' | 'episodes' | 'noseasons' | 'guest_stars' | 'vip'

/** `extended=full,images` from a list of levels. */
export function extended(...levels: ExtendedLevel[]): string {
  return levels.join(',')
}

const range = (value: number | [number, number]) =>
  Array.isArray(value) ? `${value[0]}-${value[1]}` : String(value)

/** Turns filters into Trakt query parameters (URL encoding is left to the request layer). */
export function filterParams(filters: TraktFilters): Record<string, string> {
  const out: Record<string, string> = {}
  if (filters.query?.trim()) out.query = filters.query.trim()
  if (filters.years !== undefined) out.years = range(filters.years)
  if (filters.runtimes) out.runtimes = range(filters.runtimes)
  if (filters.ratings) out.ratings = range(filters.ratings)
  for (const key of ['genres', 'languages', 'countries', 'certifications', 'networks', 'status'] as const) {
    const values = filters[key]
    if (values && values.length > 0) out[key] = values.join(',')
  }
  return out
}
