import type { UserState } from '../types'

/** A user with no data yet: what a new account (or a catalog user without a record) starts from. */
export function emptyUserState(): UserState {
  return {
    settings: {
      timezone: 'Europe/London',
      date_format: 'dmy',
      time_24hr: true,
      locale: 'en',
      spoilers: { episodes: false, shows: false, movies: false, comments: false },
    },
    history: [],
    watchlist: [],
    favorites: [],
    collection: [],
    ratings: [],
    hidden: [],
    playback: [],
    checkin: null,
    resets: {},
    activities: {},
    likedListIds: [],
  }
}
