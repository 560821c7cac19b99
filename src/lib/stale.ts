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

/**
 * The options of a page's main query (the movie, show, season, episode, person or list itself). Once it failed, a
 * 404 included, the page shows that with its own Retry: a second reader mounting later (or the page opened again)
 * does not refetch behind it and flash the skeleton.
 */
export const pageQuery = { retryOnMount: false } as const
