import type { Episode, SandboxDb, Season } from '../types'

/** Per-show lookups over the catalog, cached per episodes/seasons object (the catalog is read-only at run time). */
type Index = { episodesByShow: Map<number, Episode[]>; seasonsByShow: Map<number, Season[]> }

const cache = new WeakMap<object, Index>()

function buildIndex(db: SandboxDb): Index {
  const episodesByShow = new Map<number, Episode[]>()
  for (const episode of Object.values(db.episodes)) {
    const list = episodesByShow.get(episode.showId) ?? []
    list.push(episode)
    episodesByShow.set(episode.showId, list)
  }
  for (const list of episodesByShow.values()) list.sort((a, b) => a.season - b.season || a.number - b.number)
  const seasonsByShow = new Map<number, Season[]>()
  for (const season of Object.values(db.seasons)) {
    const list = seasonsByShow.get(season.showId) ?? []
    list.push(season)
    seasonsByShow.set(season.showId, list)
  }
  for (const list of seasonsByShow.values()) list.sort((a, b) => a.number - b.number)
  return { episodesByShow, seasonsByShow }
}

function indexFor(db: SandboxDb): Index {
  // Keyed on the episodes record so a replaced database (reset, IndexedDB load) gets a fresh index.
  let index = cache.get(db.episodes)
  if (!index || cache.get(db.seasons) !== index) {
    index = buildIndex(db)
    cache.set(db.episodes, index)
    cache.set(db.seasons, index)
  }
  return index
}

/** All episodes of a show in season/number order (specials first). */
export function showEpisodes(db: SandboxDb, showId: number): Episode[] {
  return indexFor(db).episodesByShow.get(showId) ?? []
}

/** The show's seasons in number order. */
export function showSeasons(db: SandboxDb, showId: number): Season[] {
  return indexFor(db).seasonsByShow.get(showId) ?? []
}

/** Only episodes with an air date in the past count for progress and history. */
export function isAired(episode: Episode, now: Date): boolean {
  return episode.first_aired !== null && Date.parse(episode.first_aired) <= now.getTime()
}

/** Aired regular episodes (no specials) in order. */
export function airedEpisodes(db: SandboxDb, showId: number, now: Date, withSpecials = false): Episode[] {
  return showEpisodes(db, showId).filter((e) => isAired(e, now) && (withSpecials || e.season > 0))
}

/** The season record for a show and season number, if the catalog has one. */
export function findSeason(db: SandboxDb, showId: number, number: number): Season | undefined {
  return showSeasons(db, showId).find((s) => s.number === number)
}

/** The episode record for a show, season and number. */
export function findEpisode(
  db: SandboxDb,
  showId: number,
  season: number,
  number: number,
): Episode | undefined {
  return showEpisodes(db, showId).find((e) => e.season === season && e.number === number)
}
