import { createSeedDb } from '../../../src/sandbox/db/create-db'
import { DEMO_USER } from '../../../src/sandbox/db/types'
import { NOW } from './catalog-server'

const db = createSeedDb({ now: NOW })
const count = (o: object) => Object.keys(o).length
const DAY = 86_400_000

describe('seedCatalog', () => {
  it('reaches the catalogue sizes the app and the demo rely on', () => {
    expect(count(db.movies)).toBeGreaterThanOrEqual(150)
    expect(count(db.shows)).toBeGreaterThanOrEqual(40)
    expect(count(db.people)).toBeGreaterThanOrEqual(100)
    expect(count(db.users)).toBeGreaterThanOrEqual(20)
    expect(count(db.comments)).toBeGreaterThanOrEqual(200)
    expect(count(db.lists)).toBeGreaterThanOrEqual(10)
    expect(db.reference.networks.length).toBeGreaterThanOrEqual(20)
  })

  it('is deterministic for a seed and "now"', () => {
    expect(JSON.stringify(createSeedDb({ now: NOW }))).toBe(JSON.stringify(db))
  })

  it('keeps real fixture facts', () => {
    const breakingBad = Object.values(db.shows).find((s) => s.ids.slug === 'breaking-bad')!
    expect(breakingBad).toMatchObject({
      title: 'Breaking Bad',
      year: 2008,
      ids: { trakt: 1388, imdb: 'tt0903747' },
    })
    expect(db.movies[190430]?.title).toBe('Deadpool')
  })

  it('gives every show full seasons with titled, typed episodes', () => {
    for (const show of Object.values(db.shows)) {
      const episodes = Object.values(db.episodes).filter((e) => e.showId === show.ids.trakt && e.season > 0)
      expect(episodes.length, show.title).toBeGreaterThan(0)
      expect(episodes.every((e) => e.title && e.first_aired && e.runtime && e.episode_type)).toBe(true)
    }
    expect(Object.values(db.seasons).some((s) => s.number === 0)).toBe(true)
    expect(Object.values(db.episodes).some((e) => e.episode_type === 'series_finale')).toBe(true)
  })

  it('has episodes airing this week and next week, relative to now', () => {
    const inDays = (from: number, to: number) =>
      Object.values(db.episodes).filter((e) => {
        const t = new Date(e.first_aired!).getTime() - NOW.getTime()
        return t >= from * DAY && t < to * DAY
      })
    expect(inDays(0, 7).length).toBeGreaterThan(3)
    expect(inDays(7, 14).length).toBeGreaterThan(3)
    const statuses = new Set(Object.values(db.shows).map((s) => s.status))
    expect([...statuses]).toEqual(expect.arrayContaining(['ended', 'returning series']))
  })

  it('credits people with characters, departments and guest spots', () => {
    expect(db.credits.some((c) => c.characters?.length)).toBe(true)
    expect(db.credits.some((c) => c.department === 'directing')).toBe(true)
    expect(db.credits.some((c) => c.guestEpisodeIds?.length)).toBe(true)
    const credited = new Set(db.credits.map((c) => c.personId))
    expect(credited.size).toBeGreaterThanOrEqual(100)
  })

  it('writes comments with replies, markdown, spoilers, emoji and long reviews', () => {
    const comments = Object.values(db.comments)
    expect(comments.filter((c) => c.parent_id !== 0).length).toBeGreaterThan(20)
    expect(comments.some((c) => c.comment.includes('**'))).toBe(true)
    expect(comments.some((c) => c.comment.includes('[spoiler]'))).toBe(true)
    expect(comments.some((c) => /:[a-z_+]+:/.test(c.comment))).toBe(true)
    expect(comments.some((c) => c.spoiler)).toBe(true)
    const reviews = comments.filter((c) => c.review)
    expect(reviews.some((c) => c.comment.split(/\s+/).length >= 200)).toBe(true)
    for (const c of comments) expect(db.users[c.userSlug], c.userSlug).toBeDefined()
  })

  it('leaves the demo user to the user seed but gives everyone else an empty record', () => {
    expect(Object.values(db.comments).some((c) => c.userSlug === DEMO_USER)).toBe(false)
    for (const slug of Object.keys(db.users).filter((s) => s !== DEMO_USER)) {
      expect(db.userState[slug]?.history).toBeDefined()
    }
  })

  it('carries chart counters, distributions, releases and related titles', () => {
    const movie = db.movies[190430]!
    expect(Object.keys(movie.extra.distribution)).toHaveLength(10)
    expect(movie.extra.releases.some((r) => r.country === 'us' && r.release_type === 'theatrical')).toBe(true)
    expect(movie.extra.relatedIds).toHaveLength(10)
    expect(movie.extra.translations.length).toBeGreaterThan(1)
    expect(Object.values(db.movies).filter((m) => m.extra.boxOffice).length).toBeGreaterThanOrEqual(10)
  })
})
