/**
 * The sandbox's in-memory database: the shape every sandbox module shares.
 * Records keep Trakt's own field names (extended=full shape) so handlers serialise them with little mapping.
 * Everything is plain JSON-serialisable data so the demo can persist it to IndexedDB.
 */

export type Ids = {
  trakt: number
  slug?: string
  imdb?: string | null
  tmdb?: number | null
  tvdb?: number | null
}

/** Arrays of scheme-less URLs, as Trakt sends them (`media.trakt.tv/images/...`); the sandbox serves its own. */
export type Images = Partial<
  Record<'poster' | 'fanart' | 'logo' | 'clearart' | 'banner' | 'thumb' | 'screenshot' | 'headshot', string[]>
>

export type Movie = {
  title: string
  year: number | null
  ids: Ids & { slug: string }
  tagline: string
  overview: string
  released: string | null // YYYY-MM-DD
  runtime: number | null
  country: string | null
  status: string // released, in production, post production, planned, rumored, canceled
  rating: number
  votes: number
  comment_count: number
  trailer: string | null
  homepage: string | null
  updated_at: string
  language: string | null
  languages: string[]
  available_translations: string[]
  genres: string[]
  certification: string | null
  original_title: string | null
  images: Images
  /** Sandbox-only facts (never serialised): chart counters, per-country releases, aliases, translations. */
  extra: TitleExtra
}

export type Show = {
  title: string
  year: number | null
  ids: Ids & { slug: string }
  tagline: string
  overview: string
  first_aired: string | null // ISO
  airs: { day: string | null; time: string | null; timezone: string | null }
  runtime: number | null
  certification: string | null
  network: string | null
  country: string | null
  trailer: string | null
  homepage: string | null
  status: string // returning series, continuing, in production, planned, upcoming, pilot, canceled, ended
  rating: number
  votes: number
  comment_count: number
  updated_at: string
  language: string | null
  languages: string[]
  available_translations: string[]
  genres: string[]
  aired_episodes: number
  original_title: string | null
  images: Images
  extra: TitleExtra
}

export type TitleExtra = {
  watchers: number
  plays: number
  collectors: number
  /** Rating distribution 1..10 -> votes. */
  distribution: Record<string, number>
  aliases: { title: string; country: string }[]
  translations: {
    title: string
    overview: string
    tagline: string | null
    language: string
    country: string
  }[]
  /** Movies only: release dates by country. */
  releases: {
    country: string
    certification: string
    release_date: string
    release_type: string
    note: string | null
  }[]
  anticipated: number
  boxOffice: number | null
  relatedIds: number[]
}

export type Season = {
  showId: number
  number: number
  ids: Ids
  title: string
  overview: string | null
  first_aired: string | null
  network: string | null
  rating: number
  votes: number
  episode_count: number
  aired_episodes: number
  updated_at: string
  images: Images
}

export type Episode = {
  showId: number
  season: number
  number: number
  ids: Ids
  title: string
  overview: string | null
  first_aired: string | null // ISO, may be in the future
  runtime: number | null
  rating: number
  votes: number
  comment_count: number
  number_abs: number | null
  episode_type: string // standard, series_premiere, season_premiere, mid_season_finale, mid_season_premiere, season_finale, series_finale
  updated_at: string
  available_translations: string[]
  images: Images
}

export type Person = {
  name: string
  ids: Ids & { slug: string }
  biography: string | null
  birthday: string | null
  death: string | null
  birthplace: string | null
  homepage: string | null
  gender: string | null
  known_for_department: string | null
  updated_at: string
  images: Images
}

export type Credit = {
  personId: number
  mediaType: 'movie' | 'show'
  mediaId: number
  /** Cast when set; crew otherwise. */
  characters?: string[]
  department?: string // production, art, crew, costume & make-up, directing, writing, sound, camera, visual effects, lighting, editing
  jobs?: string[]
  episode_count?: number
  /** Guest star on these episode trakt ids. */
  guestEpisodeIds?: number[]
}

/** A reference to anything a comment, list item, rating, watchlist or history entry points at. */
export type ItemRef =
  | { type: 'movie'; id: number }
  | { type: 'show'; id: number }
  | { type: 'season'; id: number } // season trakt id
  | { type: 'episode'; id: number } // episode trakt id
  | { type: 'person'; id: number }
  | { type: 'list'; id: number }

export type User = {
  username: string
  name: string
  private: boolean
  vip: boolean
  vip_ep: boolean
  director: boolean
  ids: { slug: string; trakt: number }
  joined_at: string
  location: string | null
  about: string | null
  gender: string | null
  age: number | null
  avatar: string
}

export type Comment = {
  id: number
  parent_id: number // 0 for top level
  item: ItemRef
  userSlug: string
  comment: string
  spoiler: boolean
  review: boolean
  created_at: string
  updated_at: string
  user_rating: number | null
  language: string
  likedBy: string[] // user slugs
}

export type UserList = {
  ids: { trakt: number; slug: string }
  name: string
  description: string | null
  privacy: 'private' | 'link' | 'friends' | 'public'
  type: 'personal' | 'official' | 'watchlist'
  display_numbers: boolean
  allow_comments: boolean
  sort_by: string
  sort_how: 'asc' | 'desc'
  created_at: string
  updated_at: string
  ownerSlug: string
  likedBy: string[]
  items: ListItem[]
}

export type ListItem = {
  id: number // list item id
  rank: number
  listed_at: string
  notes: string | null
  item: ItemRef // movie, show, season, episode or person
}

export type HistoryEntry = {
  id: number // history id (64-bit in Trakt; safe integers here)
  watched_at: string
  action: 'scrobble' | 'checkin' | 'watch'
  item: Extract<ItemRef, { type: 'movie' } | { type: 'episode' }>
}

export type WatchlistEntry = {
  id: number
  rank: number
  listed_at: string
  notes: string | null
  item: ItemRef
}

export type CollectionEntry = {
  collected_at: string
  updated_at: string
  item: Extract<ItemRef, { type: 'movie' } | { type: 'episode' }>
  metadata: {
    media_type?: string // digital, bluray, hddvd, dvd, vcd, vhs, betamax, laserdisc
    resolution?: string // uhd_4k, hd_1080p, hd_1080i, hd_720p, sd_480p, ...
    hdr?: string
    audio?: string
    audio_channels?: string
    '3d'?: boolean
  }
}

export type RatingEntry = { rated_at: string; rating: number; item: ItemRef }

export type HiddenEntry = {
  section: 'calendar' | 'progress_watched' | 'progress_collected' | 'recommendations' | 'comments' | 'dropped'
  hidden_at: string
  item: ItemRef // movie, show, season or user
}

export type PlaybackEntry = {
  id: number
  progress: number
  paused_at: string
  item: Extract<ItemRef, { type: 'movie' } | { type: 'episode' }>
}

export type CheckinState = {
  id: number
  item: Extract<ItemRef, { type: 'movie' } | { type: 'episode' }>
  started_at: string
  expires_at: string
  action: 'checkin' | 'scrobble'
}

export type Follow = { follower: string; followed: string; followed_at: string }
export type FollowRequest = { id: number; from: string; to: string; requested_at: string }

/** Per-user record: everything /sync and /users/:me read and write. */
export type UserState = {
  settings: {
    timezone: string
    date_format: string
    time_24hr: boolean
    locale: string
    spoilers: { episodes: boolean; shows: boolean; movies: boolean; comments: boolean }
    /** Social networks connected to the account (/users/settings `connections`); a check-in can share to them. */
    connections?: { twitter?: boolean; mastodon?: boolean; tumblr?: boolean }
  }
  history: HistoryEntry[]
  watchlist: WatchlistEntry[]
  favorites: WatchlistEntry[]
  collection: CollectionEntry[]
  ratings: RatingEntry[]
  hidden: HiddenEntry[]
  playback: PlaybackEntry[]
  checkin: CheckinState | null
  /** Show trakt id -> reset_at (progress reset, VIP). */
  resets: Record<string, string>
  /** ISO timestamps per activity key of /sync/last_activities, e.g. `movies.watched_at`. */
  activities: Record<string, string>
  likedListIds: number[]
}

/** OAuth state of the fake auth server. */
export type OAuthState = {
  codes: Record<
    string,
    { username: string; redirect_uri: string; code_challenge: string; expires_at: number }
  >
  accessTokens: Record<string, { username: string; expires_at: number }>
  refreshTokens: Record<string, { username: string }>
  deviceCodes: Record<
    string,
    {
      user_code: string
      expires_at: number
      interval: number
      last_poll: number
      status: 'pending' | 'approved' | 'denied' | 'used'
      username?: string
    }
  >
}

export type SandboxDb = {
  /** The "now" the data was seeded around (ISO); airing dates are relative to it. */
  seededAt: string
  nextId: number
  movies: Record<string, Movie> // by trakt id
  shows: Record<string, Show>
  seasons: Record<string, Season> // by season trakt id
  episodes: Record<string, Episode> // by episode trakt id
  people: Record<string, Person>
  credits: Credit[]
  users: Record<string, User> // by slug
  userState: Record<string, UserState> // by slug
  follows: Follow[]
  followRequests: FollowRequest[]
  comments: Record<string, Comment>
  lists: Record<string, UserList> // by trakt id
  reference: {
    genres: { movies: { name: string; slug: string }[]; shows: { name: string; slug: string }[] }
    countries: { name: string; code: string }[]
    languages: { name: string; code: string }[]
    certifications: {
      movies: { name: string; slug: string; description: string }[]
      shows: { name: string; slug: string; description: string }[]
    }
    networks: { name: string; country: string | null; ids: { trakt: number; tmdb: number | null } }[]
  }
  oauth: OAuthState
}

/** The demo user's username. */
export const DEMO_USER = 'demo'
