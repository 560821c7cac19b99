import type { SandboxDb } from '../types'
import { fixtures } from './fixture-data'

/** Networks the seeded shows air on (names as Trakt spells them). */
export const NETWORKS: [name: string, country: string | null][] = [
  ['HBO', 'us'],
  ['Netflix', null],
  ['AMC', 'us'],
  ['FX', 'us'],
  ['ABC', 'us'],
  ['NBC', 'us'],
  ['CBS', 'us'],
  ['FOX', 'us'],
  ['Prime Video', null],
  ['Disney+', null],
  ['Apple TV+', null],
  ['Hulu', 'us'],
  ['Showtime', 'us'],
  ['BBC One', 'gb'],
  ['BBC Two', 'gb'],
  ['Channel 4', 'gb'],
  ['ITV1', 'gb'],
  ['Sky Atlantic', 'gb'],
  ['Paramount+', null],
  ['Peacock', 'us'],
  ['Max', null],
  ['Adult Swim', 'us'],
  ['Comedy Central', 'us'],
  ['Fuji TV', 'jp'],
  ['Tokyo MX', 'jp'],
  ['ZDF', 'de'],
  ['Canal+', 'fr'],
  ['Crunchyroll', null],
  ['The CW', 'us'],
  ['Starz', 'us'],
]

const SHOW_CERTIFICATIONS: [slug: string, name: string, description: string][] = [
  ['tv-y', 'TV-Y', 'All Children'],
  ['tv-y7', 'TV-Y7', 'Directed to Older Children'],
  ['tv-g', 'TV-G', 'General Audience'],
  ['tv-pg', 'TV-PG', 'Parental Guidance Suggested'],
  ['tv-14', 'TV-14', 'Parents Strongly Cautioned'],
  ['tv-ma', 'TV-MA', 'Mature Audience Only'],
]

/** Genres, countries, languages, certifications and networks (real lists from the fixtures). */
export function seedReference(db: SandboxDb): void {
  const { ref } = fixtures
  db.reference = {
    genres: {
      movies: ref.genresMovies.map(([slug, name]) => ({ name, slug })),
      shows: ref.genresShows.map(([slug, name]) => ({ name, slug })),
    },
    countries: ref.countries.map(([code, name]) => ({ name, code })),
    languages: ref.languages.map(([code, name]) => ({ name, code })),
    certifications: {
      movies: ref.certMovies.map(([slug, name, description]) => ({ name, slug, description })),
      shows: SHOW_CERTIFICATIONS.map(([slug, name, description]) => ({ name, slug, description })),
    },
    networks: NETWORKS.map(([name, country], i) => ({
      name,
      country,
      ids: { trakt: i + 1, tmdb: 40 + i * 7 },
    })),
  }
}
