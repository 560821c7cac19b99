import type { Credit, SandboxDb } from '../../db/types'
import type { Levels } from './serialize'
import { serializeMovie, serializePerson, serializeShow } from './serialize'

const DEPARTMENTS = [
  'production',
  'art',
  'crew',
  'costume & make-up',
  'directing',
  'writing',
  'sound',
  'camera',
  'visual effects',
  'lighting',
  'editing',
]

type Options = {
  /** Only guest stars of these episodes (season/episode people). */
  episodeIds?: Set<number>
  includeGuests: boolean
}

/** `{ cast, crew }` (and `guest_stars`) of a movie or show, in Trakt's /people shape. */
export function titlePeople(
  db: SandboxDb,
  type: 'movie' | 'show',
  id: number,
  levels: Levels,
  options: Options,
) {
  const credits = db.credits.filter((c) => c.mediaType === type && c.mediaId === id && db.people[c.personId])
  const person = (c: Credit) => serializePerson(db.people[c.personId]!, levels)
  const castEntry = (c: Credit) => ({
    characters: c.characters!,
    character: c.characters!.join(' / '),
    ...(type === 'show' ? { episode_count: c.episode_count ?? 0 } : {}),
    person: person(c),
  })
  const regular = credits.filter((c) => c.characters && !c.guestEpisodeIds)
  const guests = credits.filter(
    (c) =>
      c.characters &&
      c.guestEpisodeIds &&
      (!options.episodeIds || c.guestEpisodeIds.some((e) => options.episodeIds!.has(e))),
  )
  const crew: Record<string, unknown[]> = {}
  for (const c of credits.filter((c) => c.department)) {
    ;(crew[c.department!] ??= []).push({
      jobs: c.jobs ?? [],
      job: (c.jobs ?? [])[0] ?? '',
      person: person(c),
    })
  }
  const orderedCrew = Object.fromEntries(DEPARTMENTS.filter((d) => crew[d]).map((d) => [d, crew[d]]))
  return {
    cast: regular.map(castEntry),
    ...(options.includeGuests ? { guest_stars: guests.map(castEntry) } : {}),
    crew: orderedCrew,
  }
}

/** `{ cast, crew }` of a person's movies or shows, in Trakt's /people/{id}/movies|shows shape. */
export function personCredits(db: SandboxDb, personId: number, type: 'movie' | 'show', levels: Levels) {
  const credits = db.credits.filter((c) => c.personId === personId && c.mediaType === type)
  const media = (c: Credit) => {
    if (type === 'movie') {
      const m = db.movies[c.mediaId]
      return m ? { movie: serializeMovie(m, levels) } : null
    }
    const s = db.shows[c.mediaId]
    return s ? { show: serializeShow(s, levels) } : null
  }
  const cast = credits
    .filter((c) => c.characters)
    .flatMap((c) => {
      const m = media(c)
      return m
        ? [
            {
              characters: c.characters!,
              character: c.characters!.join(' / '),
              ...(type === 'show'
                ? { episode_count: c.episode_count ?? 0, series_regular: !c.guestEpisodeIds }
                : {}),
              ...m,
            },
          ]
        : []
    })
  const crew: Record<string, unknown[]> = {}
  for (const c of credits.filter((c) => c.department)) {
    const m = media(c)
    if (m) (crew[c.department!] ??= []).push({ jobs: c.jobs ?? [], job: (c.jobs ?? [])[0] ?? '', ...m })
  }
  return { cast, crew }
}
