import raw from '../../data/catalog-fixtures.json'

/**
 * Typed view of the compact fixture extract (src/sandbox/data/catalog-fixtures.json, built from
 * tests/fixtures by src/sandbox/data/extract-fixtures.mjs). Fields are Trakt's names, trimmed.
 */
type FxIds = { trakt: number; slug: string; imdb?: string; tmdb?: number; tvdb?: number }
type FxCounters = {
  watchers?: number
  plays?: number
  collectors?: number
  anticipated?: number
  revenue?: number
}

export type FxMovie = {
  title: string
  year: number
  ids: FxIds
  tagline?: string
  overview: string
  released?: string
  runtime?: number
  country?: string
  status?: string
  votes?: number
  rating?: number
  genres?: string[]
  certification?: string
  language?: string
  original_title?: string
  trailer?: string
  homepage?: string
  c?: FxCounters
}

export type FxShow = Omit<FxMovie, 'released'> & {
  first_aired?: string
  airs?: { day: string | null; time: string | null; timezone: string | null }
  network?: string
  aired_episodes?: number
}

export type FxPerson = {
  name: string
  ids: FxIds
  biography?: string
  birthday?: string
  death?: string
  birthplace?: string
  gender?: string
  known_for_department?: string
}

export type FxCredits = {
  type: 'movie' | 'show'
  slug: string
  id?: number
  /** [person trakt id, characters, episode_count] */
  cast: [number, string[], number | null][]
  guest: [number, string[], number | null][]
  /** [person trakt id, department, jobs] */
  crew: [number, string, string[]][]
}

export type FxEpisode = {
  slug: string | null
  season: number
  number: number
  title?: string
  first_aired?: string
  runtime?: number
  episode_type?: string
  overview?: string
  rating?: number
  votes?: number
}

export type FxUser = {
  username: string
  name?: string
  vip?: boolean
  joined_at?: string
  location?: string
  gender?: string
  slug: string
}

export type FxComment = {
  id: number
  parent_id: number
  comment: string
  spoiler: boolean
  review: boolean
  created_at: string
  user_rating: number | null
  user: string
  likes: number
  on: { type: string; m?: number; s?: number; e?: [number, number] | null } | null
}

export type FxList = {
  name: string
  ids: { trakt: number; slug: string }
  description: string
  owner?: string
  likes: number
  created_at?: string
  updated_at?: string
  sort_by?: string
  sort_how?: string
  item_count?: number
}

/** A release as Trakt sends it (`/movies/{id}/releases`). */
export type FxRelease = {
  country: string
  certification: string | null
  release_date: string | null
  release_type: string
  note: string | null
}

export type FxData = {
  /** Recorded per-title bodies by movie slug, used instead of generated ones. */
  movieExtras: Record<
    string,
    {
      releases?: FxRelease[]
      aliases?: { title: string; country: string | null }[]
      studios?: {
        name: string
        country: string | null
        ids: { trakt: number; slug: string; tmdb?: number }
      }[]
    }
  >
  movies: FxMovie[]
  shows: FxShow[]
  people: FxPerson[]
  credits: FxCredits[]
  /** A recorded person's own filmography: [type, title trakt id, characters]. */
  own: ['movie' | 'show', number, string[]][]
  episodes: FxEpisode[]
  users: FxUser[]
  comments: FxComment[]
  lists: FxList[]
  ref: {
    genresMovies: [string, string][]
    genresShows: [string, string][]
    countries: [string, string][]
    languages: [string, string][]
    certMovies: [string, string, string][]
  }
}

// The JSON's inferred literal type is wider than these shapes; the extract script guarantees them.
export const fixtures = raw as unknown as FxData
