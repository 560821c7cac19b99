import type { ItemRef, RatingEntry, SandboxDb, WatchlistEntry } from '../../db/types'
import { paginate } from '../../http'
import { type Levels, serializeItem } from '../catalog/serialize'
import { SORT_BY, sortRanked } from './sort-items'

/** Parses a `{type}` path segment (`movies`, `movie,show`, `all`) into item types; null when unknown. */
export function parseTypes(type: string | undefined): Set<ItemRef['type']> | null {
  if (type === undefined || type === 'all' || type === '')
    return new Set(['movie', 'show', 'season', 'episode', 'person'])
  if (type === 'media') return new Set(['movie', 'show'])
  const out = new Set<ItemRef['type']>()
  for (const part of type.split(',')) {
    const singular = part
      .trim()
      .replace(/s$/, '')
      .replace(/^people$/, 'person')
      .replace(/^peopl$/, 'person')
    if (!['movie', 'show', 'season', 'episode', 'person'].includes(singular)) return null
    out.add(singular as ItemRef['type'])
  }
  return out
}

/** /sync/ratings rows, newest first, filtered by type and `1,2,10`-style rating lists. */
export function ratingsView(
  db: SandboxDb,
  ratings: RatingEntry[],
  ext: Levels,
  type?: string,
  rating?: string,
) {
  const types = parseTypes(type)
  if (!types) return null
  const wanted = rating ? new Set(rating.split(',').map(Number)) : null
  return ratings
    .filter((r) => types.has(r.item.type) && (!wanted || wanted.has(r.rating)))
    .sort((a, b) => (a.rated_at < b.rated_at ? 1 : -1))
    .flatMap((r) => {
      const item = serializeItem(db, r.item, ext)
      return item ? [{ rated_at: r.rated_at, rating: r.rating, ...item }] : []
    })
}

/** The user's own sort preference for the watchlist and favorites (the website's default). */
export const RANKED_PREFERENCE = { sortBy: 'rank', sortHow: 'asc' }

/**
 * Watchlist/favorites answer: rows sorted by the path's sort (default rank asc), paginated on request,
 * with X-Sort-* (the preference) and X-Applied-Sort-* (what was applied) headers.
 */
export function rankedResponse(
  db: SandboxDb,
  request: Request,
  entries: WatchlistEntry[],
  ext: Levels,
  type?: string,
  sortBy?: string,
  sortHow?: string,
) {
  const types = parseTypes(type)
  if (!types) return null
  const appliedBy =
    sortBy && (SORT_BY as readonly string[]).includes(sortBy) ? sortBy : RANKED_PREFERENCE.sortBy
  const appliedHow =
    sortHow === 'asc' || sortHow === 'desc'
      ? sortHow
      : appliedBy !== 'rank' && appliedBy !== 'title'
        ? 'desc'
        : 'asc'
  const rows = sortRanked(
    db,
    entries.filter((e) => types.has(e.item.type)),
    appliedBy,
    appliedHow,
  ).flatMap((e) => {
    const item = serializeItem(db, e.item, ext)
    return item ? [{ rank: e.rank, id: e.id, listed_at: e.listed_at, notes: e.notes, ...item }] : []
  })
  return paginate(request, rows, {
    optional: true,
    headers: {
      'X-Sort-By': RANKED_PREFERENCE.sortBy,
      'X-Sort-How': RANKED_PREFERENCE.sortHow,
      'X-Applied-Sort-By': appliedBy,
      'X-Applied-Sort-How': appliedHow,
    },
  })
}
