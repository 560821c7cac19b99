import { imagesFor } from '../../images'
import type { Rng } from '../rng'
import type { Credit, Person, SandboxDb } from '../types'
import { addDays } from './dates'
import { fixtures } from './fixture-data'
import { characterName } from './generated-text'

/** Whose filmography people_movies/people_shows recorded (Bryan Cranston). */
const OWN_FILMOGRAPHY_PERSON = 297737

const CREW_JOBS: [department: string, job: string][] = [
  ['directing', 'Director'],
  ['writing', 'Screenplay'],
  ['writing', 'Writer'],
  ['production', 'Producer'],
  ['production', 'Executive Producer'],
  ['sound', 'Original Music Composer'],
  ['camera', 'Director of Photography'],
  ['editing', 'Editor'],
  ['art', 'Production Design'],
  ['costume & make-up', 'Costume Design'],
  ['visual effects', 'Visual Effects Supervisor'],
]

function buildPerson(rng: Rng, now: Date, fx: (typeof fixtures.people)[number]): Person {
  const department = fx.known_for_department ?? 'acting'
  const role =
    department === 'acting' ? (fx.gender === 'female' ? 'actress' : 'actor') : `${department} professional`
  return {
    name: fx.name,
    ids: {
      trakt: fx.ids.trakt,
      slug: fx.ids.slug,
      imdb: fx.ids.imdb ?? null,
      tmdb: fx.ids.tmdb ?? null,
      tvdb: null,
    },
    biography:
      fx.biography ?? `${fx.name} is a working ${role}${fx.birthplace ? ` from ${fx.birthplace}` : ''}.`,
    birthday:
      fx.birthday ??
      `${rng.int(1945, 2000)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
    death: fx.death ?? null,
    birthplace: fx.birthplace ?? null,
    homepage: null,
    gender: fx.gender ?? null,
    known_for_department: department,
    updated_at: addDays(now, -rng.next() * 60).toISOString(),
    images: imagesFor('people', fx.ids.trakt),
  }
}

/** People from the fixtures, their recorded credits, and generated casts and crews for every other title. */
export function seedPeople(db: SandboxDb, rng: Rng, now: Date): void {
  for (const fx of fixtures.people) db.people[fx.ids.trakt] = buildPerson(rng, now, fx)
  const credited = new Set<string>()
  const add = (credit: Credit) => {
    if (!db.people[credit.personId]) return
    db.credits.push(credit)
    credited.add(`${credit.mediaType}:${credit.mediaId}`)
  }
  const episodesOf = (showId: number) =>
    Object.values(db.episodes).filter((e) => e.showId === showId && e.season > 0)

  for (const fx of fixtures.credits) {
    if (!fx.id || !(fx.type === 'movie' ? db.movies[fx.id] : db.shows[fx.id])) continue
    const episodes = fx.type === 'show' ? episodesOf(fx.id) : []
    for (const [personId, characters, count] of fx.cast) {
      add({
        personId,
        mediaType: fx.type,
        mediaId: fx.id,
        characters,
        ...(count ? { episode_count: count } : {}),
      })
    }
    for (const [personId, characters, count] of fx.guest) {
      const guestEpisodeIds = rng
        .shuffle(episodes)
        .slice(0, Math.min(count ?? 1, 3))
        .map((e) => e.ids.trakt)
      add({
        personId,
        mediaType: 'show',
        mediaId: fx.id,
        characters,
        episode_count: guestEpisodeIds.length,
        guestEpisodeIds,
      })
    }
    for (const [personId, department, jobs] of fx.crew)
      add({ personId, mediaType: fx.type, mediaId: fx.id, department, jobs })
  }
  for (const [type, id, characters] of fixtures.own) {
    if (type === 'movie' ? db.movies[id] : db.shows[id]) {
      add({
        personId: OWN_FILMOGRAPHY_PERSON,
        mediaType: type,
        mediaId: id,
        characters,
        ...(type === 'show' ? { episode_count: rng.int(1, 20) } : {}),
      })
    }
  }

  const people = Object.values(db.people)
  const actors = people.filter((p) => p.known_for_department === 'acting')
  const crew = people.filter((p) => p.known_for_department !== 'acting')
  let actorCursor = rng.int(0, actors.length - 1)
  let crewCursor = rng.int(0, crew.length - 1)
  // Walk the pools round-robin so every person ends up with credits.
  const nextActor = () => actors[actorCursor++ % actors.length]!
  const nextCrew = () => crew[crewCursor++ % crew.length]!
  const titles: ['movie' | 'show', number][] = [
    ...Object.keys(db.movies).map((id) => ['movie', Number(id)] as ['movie', number]),
    ...Object.keys(db.shows).map((id) => ['show', Number(id)] as ['show', number]),
  ]
  for (const [type, id] of titles) {
    if (credited.has(`${type}:${id}`)) continue
    const episodes = type === 'show' ? episodesOf(id) : []
    const castSize = rng.int(4, 8)
    const seen = new Set<number>()
    for (let i = 0; i < castSize; i++) {
      const person = nextActor()
      if (seen.has(person.ids.trakt)) continue
      seen.add(person.ids.trakt)
      add({
        personId: person.ids.trakt,
        mediaType: type,
        mediaId: id,
        characters: [characterName(rng)],
        ...(type === 'show' ? { episode_count: episodes.length } : {}),
      })
    }
    if (type === 'show' && episodes.length > 2) {
      for (let i = 0; i < rng.int(1, 3); i++) {
        const person = nextActor()
        if (seen.has(person.ids.trakt)) continue
        seen.add(person.ids.trakt)
        const guestEpisodeIds = rng
          .shuffle(episodes)
          .slice(0, rng.int(1, 2))
          .map((e) => e.ids.trakt)
        add({
          personId: person.ids.trakt,
          mediaType: 'show',
          mediaId: id,
          characters: [characterName(rng)],
          episode_count: guestEpisodeIds.length,
          guestEpisodeIds,
        })
      }
    }
    for (const [department, job] of rng.shuffle(CREW_JOBS).slice(0, rng.int(3, 5))) {
      add({ personId: nextCrew().ids.trakt, mediaType: type, mediaId: id, department, jobs: [job] })
    }
  }
}
