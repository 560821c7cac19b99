import type { Rng } from './rng'
import { DEMO_USER, type SandboxDb } from './types'
import { deriveActivities } from './users/activities'
import { seedDemoUser, seedFollows, seedLikes, seedOtherUsers } from './users/seed-community'
import { seedDemoHistory } from './users/seed-demo-history'
import { seedDemoLibrary } from './users/seed-demo-library'
import { seedDemoLists } from './users/seed-demo-lists'

/** Gives the demo user (and the other seeded users) a believable record. Runs after seedCatalog. */
export function seedUserRecords(db: SandboxDb, rng: Rng, now: Date): void {
  seedDemoUser(db, now)
  const state = db.userState[DEMO_USER]!
  const others = seedOtherUsers(db, rng, now)
  const plan = seedDemoHistory(db, rng, now, state)
  seedDemoLibrary(db, rng, now, state, plan)
  seedDemoLists(db, rng, now, plan)
  seedFollows(db, rng, now, others)
  seedLikes(db, rng, now)
  // Activities last, so every timestamp agrees with the data just written.
  for (const slug of Object.keys(db.users)) deriveActivities(db, slug, db.users[slug]!.joined_at)
}
