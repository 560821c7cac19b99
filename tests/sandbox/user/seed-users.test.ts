import { createRng } from '@/sandbox/db/rng'
import { seedUserRecords } from '@/sandbox/db/seed-users'
import { emptyDb } from '@/sandbox/db/create-db'
import { DEMO_USER } from '@/sandbox/db/types'
import { buildTestCatalog } from './build-test-catalog'

const now = new Date('2026-11-26T12:00:00.000Z')

function seeded() {
  const db = buildTestCatalog(now)
  seedUserRecords(db, createRng(1), now)
  return db
}

describe('seedUserRecords', () => {
  it('gives the demo user 1,000+ plays of aired items over about three years, none in the future', () => {
    const db = seeded()
    const state = db.userState[DEMO_USER]!
    expect(state.history.length).toBeGreaterThanOrEqual(1000)
    const times = state.history.map((h) => Date.parse(h.watched_at))
    expect(Math.max(...times)).toBeLessThanOrEqual(now.getTime())
    expect(Math.min(...times)).toBeGreaterThan(now.getTime() - 3.1 * 365 * 86_400_000)
    for (const h of state.history) {
      if (h.item.type === 'episode')
        expect(Date.parse(db.episodes[h.item.id]!.first_aired!)).toBeLessThanOrEqual(Date.parse(h.watched_at))
    }
    expect(new Set(state.history.map((h) => h.action))).toEqual(new Set(['watch', 'scrobble', 'checkin']))
  })

  it('fills watchlist, collection, ratings, lists, follows, hidden items, playback and activities', () => {
    const db = seeded()
    const state = db.userState[DEMO_USER]!
    expect(state.watchlist.length).toBeGreaterThanOrEqual(25)
    const watchedMovies = new Set(state.history.filter((h) => h.item.type === 'movie').map((h) => h.item.id))
    expect(state.watchlist.filter((w) => w.item.type === 'movie' && watchedMovies.has(w.item.id))).toEqual([])
    expect(state.collection.some((c) => c.metadata.resolution === 'uhd_4k')).toBe(true)
    expect(new Set(state.ratings.map((r) => r.item.type))).toEqual(
      new Set(['movie', 'show', 'season', 'episode']),
    )
    const lists = Object.values(db.lists).filter((l) => l.ownerSlug === DEMO_USER)
    expect(lists).toHaveLength(5)
    expect(lists.some((l) => l.privacy === 'private')).toBe(true)
    expect(lists.some((l) => l.items.some((i) => i.notes))).toBe(true)
    expect(new Set(state.hidden.map((h) => h.section))).toEqual(
      new Set(['dropped', 'progress_watched', 'calendar', 'recommendations']),
    )
    expect(state.playback.length).toBeGreaterThan(0)
    expect(db.follows.some((f) => f.follower === DEMO_USER)).toBe(true)
    expect(db.followRequests.some((r) => r.to === DEMO_USER)).toBe(true)
    expect(Object.keys(state.resets)).toHaveLength(1)
    const lastWatched = state.history.reduce((max, h) => (h.watched_at > max ? h.watched_at : max), '')
    expect(state.activities.all! >= lastWatched).toBe(true)
    expect(db.userState.alice!.history.length).toBeGreaterThan(0)
  })

  it('is deterministic and harmless on an empty catalog', () => {
    expect(JSON.stringify(seeded())).toBe(JSON.stringify(seeded()))
    const db = emptyDb(now)
    seedUserRecords(db, createRng(1), now)
    expect(db.userState[DEMO_USER]!.history).toEqual([])
  })
})
