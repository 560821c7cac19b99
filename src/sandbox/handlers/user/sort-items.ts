import type { ItemRef, SandboxDb } from '../../db/types'

/** Sort keys Trakt accepts for the watchlist, favorites and lists. */
export const SORT_BY = [
  'rank',
  'added',
  'title',
  'released',
  'runtime',
  'popularity',
  'percentage',
  'votes',
  'my_rating',
  'random',
  'watched',
  'collected',
] as const

type Ranked = { rank: number; listed_at: string; item: ItemRef }

function facts(db: SandboxDb, ref: ItemRef) {
  switch (ref.type) {
    case 'movie': {
      const m = db.movies[ref.id]
      return {
        title: m?.title ?? '',
        released: m?.released ?? '',
        runtime: m?.runtime ?? 0,
        rating: m?.rating ?? 0,
        votes: m?.votes ?? 0,
      }
    }
    case 'show': {
      const s = db.shows[ref.id]
      return {
        title: s?.title ?? '',
        released: s?.first_aired ?? '',
        runtime: s?.runtime ?? 0,
        rating: s?.rating ?? 0,
        votes: s?.votes ?? 0,
      }
    }
    case 'season': {
      const season = db.seasons[ref.id]
      const show = season && db.shows[season.showId]
      return {
        title: `${show?.title ?? ''} ${season?.title ?? ''}`,
        released: season?.first_aired ?? '',
        runtime: show?.runtime ?? 0,
        rating: season?.rating ?? 0,
        votes: season?.votes ?? 0,
      }
    }
    case 'episode': {
      const e = db.episodes[ref.id]
      return {
        title: e?.title ?? '',
        released: e?.first_aired ?? '',
        runtime: e?.runtime ?? 0,
        rating: e?.rating ?? 0,
        votes: e?.votes ?? 0,
      }
    }
    case 'person': {
      const p = db.people[ref.id]
      return { title: p?.name ?? '', released: '', runtime: 0, rating: 0, votes: 0 }
    }
    case 'list':
      return { title: db.lists[ref.id]?.name ?? '', released: '', runtime: 0, rating: 0, votes: 0 }
  }
}

/** Sorts ranked entries the way Trakt's sort_by/sort_how do; unknown keys fall back to rank. */
export function sortRanked<T extends Ranked>(
  db: SandboxDb,
  entries: T[],
  sortBy: string,
  sortHow: string,
  myRatings?: Map<string, number>,
): T[] {
  const key = (entry: T): string | number => {
    const f = facts(db, entry.item)
    switch (sortBy) {
      case 'added':
        return entry.listed_at
      case 'title':
        return f.title.toLowerCase()
      case 'released':
        return f.released
      case 'runtime':
        return f.runtime
      case 'popularity':
        return f.rating * Math.log10(f.votes + 1)
      case 'percentage':
        return f.rating
      case 'votes':
        return f.votes
      case 'my_rating':
        return myRatings?.get(`${entry.item.type}:${entry.item.id}`) ?? 0
      case 'random':
        return (entry.item.id * 2654435761) % 1000
      default:
        return entry.rank
    }
  }
  const direction = sortHow === 'desc' ? -1 : 1
  return [...entries].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    return (ka < kb ? -1 : ka > kb ? 1 : a.rank - b.rank) * direction
  })
}
