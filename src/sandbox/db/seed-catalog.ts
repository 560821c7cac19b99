import { seedCommunity } from './catalog/seed-community'
import { seedEpisodes } from './catalog/seed-episodes'
import { seedMovies } from './catalog/seed-movies'
import { seedPeople } from './catalog/seed-people'
import { seedReference } from './catalog/seed-reference'
import { seedShows } from './catalog/seed-shows'
import type { Rng } from './rng'
import type { Movie, SandboxDb, Show } from './types'

/** Ten titles sharing the most genres (ties broken by votes): what /related answers. */
function relate(titles: (Movie | Show)[]): void {
  for (const title of titles) {
    const genres = new Set(title.genres)
    title.extra.relatedIds = titles
      .filter((other) => other !== title)
      .map((other) => ({
        id: other.ids.trakt,
        score: other.genres.filter((g) => genres.has(g)).length * 1e7 + other.votes,
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, 10)
      .map((x) => x.id)
  }
}

function countComments(db: SandboxDb): void {
  for (const comment of Object.values(db.comments)) {
    const { type, id } = comment.item
    const target =
      type === 'movie'
        ? db.movies[id]
        : type === 'show'
          ? db.shows[id]
          : type === 'episode'
            ? db.episodes[id]
            : undefined
    if (target) target.comment_count += 1
  }
}

/** Fills movies, shows, seasons, episodes, people, credits, other users, comments, public lists and reference data. */
export function seedCatalog(db: SandboxDb, rng: Rng, now: Date): void {
  seedReference(db)
  seedMovies(db, rng, now)
  seedShows(db, rng, now)
  seedEpisodes(db, rng, now)
  seedPeople(db, rng, now)
  seedCommunity(db, rng, now)
  relate(Object.values(db.movies))
  relate(Object.values(db.shows))
  countComments(db)
}
