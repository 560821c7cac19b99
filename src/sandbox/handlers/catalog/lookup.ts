import type { Episode, Movie, Person, SandboxDb, Season, Show } from '../../db/types'

type Titled = { ids: { trakt: number; slug: string; imdb?: string | null } }

/** Finds a record by trakt id, slug or IMDB id, the three forms Trakt accepts in `{id}`. */
function byAnyId<T extends Titled>(records: Record<string, T>, id: string): T | undefined {
  if (/^\d+$/.test(id)) {
    const found = records[id]
    if (found) return found
  }
  return Object.values(records).find((r) => r.ids.slug === id || (r.ids.imdb && r.ids.imdb === id))
}

export const findMovie = (db: SandboxDb, id: string): Movie | undefined => byAnyId(db.movies, id)
export const findShow = (db: SandboxDb, id: string): Show | undefined => byAnyId(db.shows, id)
export const findPerson = (db: SandboxDb, id: string): Person | undefined => byAnyId(db.people, id)

export function seasonsOf(db: SandboxDb, showId: number): Season[] {
  return Object.values(db.seasons)
    .filter((s) => s.showId === showId)
    .sort((a, b) => a.number - b.number)
}

export function episodesOf(db: SandboxDb, showId: number, season?: number): Episode[] {
  return Object.values(db.episodes)
    .filter((e) => e.showId === showId && (season === undefined || e.season === season))
    .sort((a, b) => a.season - b.season || a.number - b.number)
}

export function findSeason(db: SandboxDb, showId: number, number: string): Season | undefined {
  return Object.values(db.seasons).find((s) => s.showId === showId && String(s.number) === number)
}

export function findEpisode(
  db: SandboxDb,
  showId: number,
  season: string,
  number: string,
): Episode | undefined {
  return Object.values(db.episodes).find(
    (e) => e.showId === showId && String(e.season) === season && String(e.number) === number,
  )
}
