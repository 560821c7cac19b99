import type { Rng } from '../rng'
import { DEMO_USER, type SandboxDb, type User } from '../types'
import { airedEpisodes } from './catalog-index'
import { emptyUserState } from './empty-user-state'
import { imageUrl } from '../../images'
import { DAY, HOUR, iso, newId } from './seed-helpers'
import { watchRun } from './seed-demo-history'

const DEMO_TRAKT_ID = 424242

/** The demo account itself: public, free (not VIP), a member for years. */
export function seedDemoUser(db: SandboxDb, now: Date): User {
  const user: User = {
    username: DEMO_USER,
    name: 'Demo Viewer',
    private: false,
    vip: false,
    vip_ep: false,
    director: false,
    ids: { slug: DEMO_USER, trakt: DEMO_TRAKT_ID },
    joined_at: iso(now.getTime() - (6 * 365 + 41) * DAY),
    location: 'Manchester, UK',
    about: 'Films on Fridays, box sets on Sundays. This is the Marquee demo account.',
    gender: null,
    age: null,
    avatar: `https://${imageUrl('users', DEMO_TRAKT_ID, 'avatar')}`,
  }
  db.users[DEMO_USER] = user
  const state = (db.userState[DEMO_USER] ??= emptyUserState())
  state.settings = {
    timezone: 'Europe/London',
    date_format: 'dmy',
    time_24hr: true,
    locale: 'en-GB',
    spoilers: { episodes: true, shows: false, movies: false, comments: true },
    // Two networks, so the demo's check-in has sharing toggles to show.
    connections: { mastodon: true, tumblr: true },
  }
  return user
}

/** Gives every other user a record, small histories for some, and one of them is watching right now. */
export function seedOtherUsers(db: SandboxDb, rng: Rng, now: Date): string[] {
  const nowMs = now.getTime()
  const slugs = Object.keys(db.users)
    .filter((slug) => slug !== DEMO_USER)
    .sort()
  const movieIds = Object.values(db.movies)
    .filter((m) => m.released && Date.parse(m.released) < nowMs - DAY)
    .map((m) => m.ids.trakt)
    .sort((a, b) => a - b)
  const showIds = Object.keys(db.shows)
    .map(Number)
    .sort((a, b) => a - b)
  for (const [index, slug] of slugs.entries()) {
    const state = (db.userState[slug] ??= emptyUserState())
    if (index >= 12 || state.history.length > 0) continue
    for (const id of rng.shuffle(movieIds).slice(0, rng.int(3, 12))) {
      state.history.push({
        id: newId(db),
        watched_at: iso(nowMs - rng.int(2, 700) * DAY),
        action: 'watch',
        item: { type: 'movie', id },
      })
      if (rng.chance(0.5))
        state.ratings.push({
          rated_at: iso(nowMs - rng.int(1, 700) * DAY),
          rating: rng.int(4, 10),
          item: { type: 'movie', id },
        })
    }
    if (showIds.length > 0) {
      const run = airedEpisodes(db, rng.pick(showIds), now)
        .slice(0, rng.int(3, 15))
        .map((e) => e.ids.trakt)
      watchRun(db, rng, state, run, nowMs - rng.int(30, 400) * DAY, nowMs - DAY)
    }
    for (const id of rng.shuffle(movieIds).slice(0, 4)) {
      state.watchlist.push({
        id: newId(db),
        rank: state.watchlist.length + 1,
        listed_at: iso(nowMs - rng.int(1, 300) * DAY),
        notes: null,
        item: { type: 'movie', id },
      })
    }
    // The first two are watching something now, so "watching" endpoints and profiles have live data.
    if (index < 2 && movieIds.length > 0) {
      const id = rng.pick(movieIds)
      const runtime = db.movies[id]?.runtime ?? 110
      const started = nowMs - rng.int(10, 40) * 60_000
      state.checkin = {
        id: newId(db),
        item: { type: 'movie', id },
        started_at: iso(started),
        expires_at: iso(started + runtime * 60_000),
        action: index === 0 ? 'checkin' : 'scrobble',
      }
    }
  }
  return slugs
}

/** Follows around the demo user: mutual friends, one-way follows, requests both ways, a private user. */
export function seedFollows(db: SandboxDb, rng: Rng, now: Date, others: string[]): void {
  const nowMs = now.getTime()
  const follow = (follower: string, followed: string) => {
    if (db.follows.some((f) => f.follower === follower && f.followed === followed)) return
    db.follows.push({
      follower,
      followed,
      followed_at: iso(nowMs - rng.int(5, 1500) * DAY - rng.int(0, 23) * HOUR),
    })
  }
  const publicUsers = others.filter((slug) => !db.users[slug]!.private)
  const privateUsers = others.filter((slug) => db.users[slug]!.private)
  const [friends, following, followers] = [
    publicUsers.slice(0, 4),
    publicUsers.slice(4, 7),
    publicUsers.slice(7, 10),
  ]
  for (const slug of friends) {
    follow(DEMO_USER, slug)
    follow(slug, DEMO_USER)
  }
  for (const slug of following) follow(DEMO_USER, slug)
  for (const slug of followers) follow(slug, DEMO_USER)
  // A private user the demo already follows (approved), and another whose approval is pending.
  if (privateUsers[0]) follow(DEMO_USER, privateUsers[0])
  const requestTo = privateUsers[1] ?? privateUsers[0]
  if (requestTo && !db.follows.some((f) => f.follower === DEMO_USER && f.followed === requestTo)) {
    db.followRequests.push({
      id: newId(db),
      from: DEMO_USER,
      to: requestTo,
      requested_at: iso(nowMs - 3 * DAY),
    })
  }
  const requester = publicUsers[10] ?? privateUsers[2]
  if (requester && !db.follows.some((f) => f.follower === requester && f.followed === DEMO_USER)) {
    db.followRequests.push({
      id: newId(db),
      from: requester,
      to: DEMO_USER,
      requested_at: iso(nowMs - 2 * DAY),
    })
  }
}

/** The demo user likes some comments and public lists of other users. */
export function seedLikes(db: SandboxDb, rng: Rng, now: Date): void {
  const state = db.userState[DEMO_USER]!
  const comments = Object.values(db.comments)
    .filter((c) => c.userSlug !== DEMO_USER)
    .sort((a, b) => a.id - b.id)
  for (const comment of rng.shuffle(comments).slice(0, 12)) {
    if (!comment.likedBy.includes(DEMO_USER)) comment.likedBy.push(DEMO_USER)
  }
  const lists = Object.values(db.lists)
    .filter((l) => l.ownerSlug !== DEMO_USER && l.privacy === 'public')
    .sort((a, b) => a.ids.trakt - b.ids.trakt)
  for (const list of rng.shuffle(lists).slice(0, 4)) {
    if (!list.likedBy.includes(DEMO_USER)) list.likedBy.push(DEMO_USER)
    if (!state.likedListIds.includes(list.ids.trakt)) state.likedListIds.push(list.ids.trakt)
  }
  if (state.likedListIds.length > 0) state.activities['lists.liked_at'] = iso(now.getTime() - 4 * DAY)
  if (comments.length > 0) state.activities['comments.liked_at'] = iso(now.getTime() - 2 * DAY)
}
