import type { SandboxDb } from '../../db/types'
import { stateOf } from './user-access'

/** /users/:id/stats computed from the user's history, collection, ratings, comments and follows. */
export function userStats(db: SandboxDb, slug: string) {
  const state = stateOf(db, slug)
  const moviePlays = state.history.filter((h) => h.item.type === 'movie')
  const episodePlays = state.history.filter((h) => h.item.type === 'episode')
  const runtime = (h: (typeof state.history)[number]) =>
    (h.item.type === 'movie' ? db.movies[h.item.id]?.runtime : db.episodes[h.item.id]?.runtime) ?? 0
  const unique = (ids: number[]) => new Set(ids).size
  const showsOf = (ids: number[]) =>
    unique(ids.map((id) => db.episodes[id]?.showId ?? -1).filter((id) => id >= 0))
  const comments = Object.values(db.comments).filter((c) => c.userSlug === slug)
  const commentsOn = (type: string) => comments.filter((c) => c.item.type === type).length
  const ratingsOf = (type: string) => state.ratings.filter((r) => r.item.type === type).length
  const collectedEpisodes = state.collection.filter((c) => c.item.type === 'episode').map((c) => c.item.id)
  const following = new Set(db.follows.filter((f) => f.follower === slug).map((f) => f.followed))
  const followers = new Set(db.follows.filter((f) => f.followed === slug).map((f) => f.follower))
  const distribution = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), 0]))
  for (const r of state.ratings) distribution[String(r.rating)] = (distribution[String(r.rating)] ?? 0) + 1
  return {
    movies: {
      plays: moviePlays.length,
      watched: unique(moviePlays.map((h) => h.item.id)),
      minutes: moviePlays.reduce((sum, h) => sum + runtime(h), 0),
      collected: state.collection.filter((c) => c.item.type === 'movie').length,
      ratings: ratingsOf('movie'),
      comments: commentsOn('movie'),
    },
    shows: {
      watched: showsOf(episodePlays.map((h) => h.item.id)),
      collected: showsOf(collectedEpisodes),
      ratings: ratingsOf('show'),
      comments: commentsOn('show'),
    },
    seasons: { ratings: ratingsOf('season'), comments: commentsOn('season') },
    episodes: {
      plays: episodePlays.length,
      watched: unique(episodePlays.map((h) => h.item.id)),
      minutes: episodePlays.reduce((sum, h) => sum + runtime(h), 0),
      collected: collectedEpisodes.length,
      ratings: ratingsOf('episode'),
      comments: commentsOn('episode'),
    },
    network: {
      friends: [...following].filter((s) => followers.has(s)).length,
      followers: followers.size,
      following: following.size,
    },
    ratings: { total: state.ratings.length, distribution },
  }
}
