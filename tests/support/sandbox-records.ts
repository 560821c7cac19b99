import type { Episode, Movie, Person, SandboxDb, Season, Show } from '@/sandbox/db/types'

// Finders for the sandbox records a test seeds or reads its expected values from. They throw rather than return
// undefined, so a seed that lost a title fails loudly instead of making every assertion vacuous.

function found<T>(record: T | undefined, what: string): T {
  if (!record) throw new Error(`The sandbox has no ${what}`)
  return record
}

export function movieBySlug(db: SandboxDb, slug: string): Movie {
  return found(
    Object.values(db.movies).find((m) => m.ids.slug === slug),
    `movie ${slug}`,
  )
}

export function showBySlug(db: SandboxDb, slug: string): Show {
  return found(
    Object.values(db.shows).find((s) => s.ids.slug === slug),
    `show ${slug}`,
  )
}

export function personBySlug(db: SandboxDb, slug: string): Person {
  return found(
    Object.values(db.people).find((p) => p.ids.slug === slug),
    `person ${slug}`,
  )
}

export function seasonOf(db: SandboxDb, show: Show, number: number): Season {
  return found(
    Object.values(db.seasons).find((s) => s.showId === show.ids.trakt && s.number === number),
    `season ${number} of ${show.ids.slug}`,
  )
}

export function episodeOf(db: SandboxDb, show: Show, season: number, number: number): Episode {
  return found(
    Object.values(db.episodes).find(
      (e) => e.showId === show.ids.trakt && e.season === season && e.number === number,
    ),
    `S${season}E${number} of ${show.ids.slug}`,
  )
}

/** The episodes of one season in order. */
export function episodesOf(db: SandboxDb, show: Show, season: number): Episode[] {
  return Object.values(db.episodes)
    .filter((e) => e.showId === show.ids.trakt && e.season === season)
    .sort((a, b) => a.number - b.number)
}
