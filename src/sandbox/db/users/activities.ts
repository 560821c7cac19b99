import type { ItemRef, SandboxDb, UserState } from '../types'

/** Every key of /sync/last_activities (group.field), as the contract lists them. */
export const ACTIVITY_KEYS = [
  'movies.watched_at',
  'movies.collected_at',
  'movies.rated_at',
  'movies.watchlisted_at',
  'movies.favorited_at',
  'movies.recommendations_at',
  'movies.commented_at',
  'movies.paused_at',
  'movies.hidden_at',
  'episodes.watched_at',
  'episodes.collected_at',
  'episodes.rated_at',
  'episodes.watchlisted_at',
  'episodes.commented_at',
  'episodes.paused_at',
  'shows.rated_at',
  'shows.watchlisted_at',
  'shows.favorited_at',
  'shows.recommendations_at',
  'shows.commented_at',
  'shows.hidden_at',
  'shows.dropped_at',
  'seasons.rated_at',
  'seasons.watchlisted_at',
  'seasons.commented_at',
  'seasons.hidden_at',
  'comments.liked_at',
  'comments.reacted_at',
  'comments.blocked_at',
  'lists.liked_at',
  'lists.reacted_at',
  'lists.updated_at',
  'lists.commented_at',
  'watchlist.updated_at',
  'favorites.updated_at',
  'recommendations.updated_at',
  'collaborations.updated_at',
  'account.settings_at',
  'account.followed_at',
  'account.following_at',
  'account.pending_at',
  'account.requested_at',
  'saved_filters.updated_at',
  'notes.updated_at',
] as const

export type ActivityKey = (typeof ACTIVITY_KEYS)[number]

/** Marks activity keys as changed at `at` (and `all`), never moving a timestamp backwards. */
export function touchActivities(state: UserState, keys: readonly ActivityKey[], at: string): void {
  if (keys.length === 0) return
  for (const key of [...keys, 'all']) {
    const current = state.activities[key]
    if (!current || current < at) state.activities[key] = at
  }
}

/** The activity group a media type writes to (`movie` -> `movies`). */
export function groupOf(type: ItemRef['type']): 'movies' | 'shows' | 'seasons' | 'episodes' | null {
  if (type === 'movie') return 'movies'
  if (type === 'show') return 'shows'
  if (type === 'season') return 'seasons'
  if (type === 'episode') return 'episodes'
  return null
}

/** The nested /sync/last_activities body; keys never touched fall back to the account's creation. */
export function lastActivitiesBody(state: UserState, fallback: string): Record<string, unknown> {
  const body: Record<string, Record<string, string> | string> = { all: state.activities.all ?? fallback }
  for (const key of ACTIVITY_KEYS) {
    const [group, field] = key.split('.') as [string, string]
    const bucket = (body[group] ??= {}) as Record<string, string>
    bucket[field] = state.activities[key] ?? fallback
  }
  return body
}

/** Derives activity timestamps from a seeded record so they agree with the data. */
export function deriveActivities(db: SandboxDb, slug: string, floor: string): void {
  const state = db.userState[slug]
  if (!state) return
  const latest = (key: ActivityKey, at: string | undefined) => {
    if (at) touchActivities(state, [key], at)
  }
  const max = (values: string[]) =>
    values.reduce<string | undefined>((a, b) => (!a || b > a ? b : a), undefined)
  for (const type of ['movie', 'episode'] as const) {
    const group = type === 'movie' ? 'movies' : 'episodes'
    latest(
      `${group}.watched_at`,
      max(state.history.filter((h) => h.item.type === type).map((h) => h.watched_at)),
    )
    latest(
      `${group}.collected_at`,
      max(state.collection.filter((c) => c.item.type === type).map((c) => c.updated_at)),
    )
    latest(
      `${group}.paused_at`,
      max(state.playback.filter((p) => p.item.type === type).map((p) => p.paused_at)),
    )
  }
  for (const type of ['movie', 'show', 'season', 'episode'] as const) {
    const group = groupOf(type)!
    latest(`${group}.rated_at`, max(state.ratings.filter((r) => r.item.type === type).map((r) => r.rated_at)))
    latest(
      `${group}.watchlisted_at`,
      max(state.watchlist.filter((w) => w.item.type === type).map((w) => w.listed_at)),
    )
  }
  latest('watchlist.updated_at', max(state.watchlist.map((w) => w.listed_at)))
  latest('favorites.updated_at', max(state.favorites.map((w) => w.listed_at)))
  for (const type of ['movie', 'show'] as const) {
    latest(
      `${groupOf(type) as 'movies' | 'shows'}.favorited_at`,
      max(state.favorites.filter((w) => w.item.type === type).map((w) => w.listed_at)),
    )
  }
  const hiddenOf = (pred: (h: UserState['hidden'][number]) => boolean) =>
    max(state.hidden.filter(pred).map((h) => h.hidden_at))
  latest(
    'movies.hidden_at',
    hiddenOf((h) => h.item.type === 'movie' && h.section !== 'recommendations'),
  )
  latest(
    'shows.hidden_at',
    hiddenOf((h) => h.item.type === 'show' && h.section !== 'recommendations' && h.section !== 'dropped'),
  )
  latest(
    'seasons.hidden_at',
    hiddenOf((h) => h.item.type === 'season'),
  )
  latest(
    'shows.dropped_at',
    hiddenOf((h) => h.section === 'dropped'),
  )
  latest(
    'movies.recommendations_at',
    hiddenOf((h) => h.section === 'recommendations' && h.item.type === 'movie'),
  )
  latest(
    'shows.recommendations_at',
    hiddenOf((h) => h.section === 'recommendations' && h.item.type === 'show'),
  )
  const ownLists = Object.values(db.lists).filter((l) => l.ownerSlug === slug)
  latest('lists.updated_at', max(ownLists.map((l) => l.updated_at)))
  const comments = Object.values(db.comments)
  latest('comments.liked_at', max(comments.filter((c) => c.likedBy.includes(slug)).map((c) => c.updated_at)))
  const mine = comments.filter((c) => c.userSlug === slug)
  for (const type of ['movie', 'show', 'season', 'episode', 'list'] as const) {
    const group = type === 'list' ? 'lists' : groupOf(type)!
    latest(
      `${group}.commented_at` as ActivityKey,
      max(mine.filter((c) => c.item.type === type).map((c) => c.created_at)),
    )
  }
  latest('account.following_at', max(db.follows.filter((f) => f.follower === slug).map((f) => f.followed_at)))
  latest('account.followed_at', max(db.follows.filter((f) => f.followed === slug).map((f) => f.followed_at)))
  latest(
    'account.pending_at',
    max(db.followRequests.filter((r) => r.from === slug).map((r) => r.requested_at)),
  )
  latest(
    'account.requested_at',
    max(db.followRequests.filter((r) => r.to === slug).map((r) => r.requested_at)),
  )
  // Keys with no data of their own still need a plausible date: the account's creation.
  for (const key of ACTIVITY_KEYS) state.activities[key] ??= floor
  state.activities.all ??= floor
}
