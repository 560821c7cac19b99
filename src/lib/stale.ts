const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** How long each kind of Trakt data stays fresh before a refetch (one table for the whole app). */
export const staleTime = {
  /** Genres, countries, languages, certifications, networks. */
  reference: 24 * HOUR,
  /** Movie, show, season, episode and person summaries, people, aliases, translations. */
  summary: 6 * HOUR,
  /** Trending, popular, anticipated and other charts. */
  chart: 30 * MINUTE,
  /** Ratings, stats, related, lists containing an item, comments. */
  social: HOUR,
  /** The user's own record: watchlist, history, collection, ratings, progress, lists. */
  user: 5 * MINUTE,
  /** Calendars. */
  calendar: 15 * MINUTE,
  /** Who is watching now, check-ins, playback. */
  live: MINUTE,
  /** Search results. */
  search: 10 * MINUTE,
} as const

export type StaleKind = keyof typeof staleTime
