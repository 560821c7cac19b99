import { createRng } from './rng'
import { seedCatalog } from './seed-catalog'
import { seedUserRecords } from './seed-users'
import type { SandboxDb } from './types'

export function emptyDb(now: Date): SandboxDb {
  return {
    seededAt: now.toISOString(),
    nextId: 1_000_000,
    movies: {},
    shows: {},
    seasons: {},
    episodes: {},
    people: {},
    credits: [],
    users: {},
    userState: {},
    follows: [],
    followRequests: [],
    comments: {},
    lists: {},
    reference: {
      genres: { movies: [], shows: [] },
      countries: [],
      languages: [],
      certifications: { movies: [], shows: [] },
      networks: [],
    },
    oauth: { codes: {}, accessTokens: {}, refreshTokens: {}, deviceCodes: {} },
  }
}

/** A fully seeded sandbox database: deterministic for a given seed and "now". */
export function createSeedDb(options: { now?: Date; seed?: number } = {}): SandboxDb {
  const now = options.now ?? new Date()
  const db = emptyDb(now)
  const rng = createRng(options.seed ?? 20261126)
  seedCatalog(db, rng, now)
  seedUserRecords(db, rng, now)
  return db
}
