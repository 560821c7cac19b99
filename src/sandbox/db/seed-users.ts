import type { Rng } from './rng'
import type { SandboxDb } from './types'

/** Gives the demo user (and the other seeded users) a believable record. Runs after seedCatalog. */
export function seedUserRecords(_db: SandboxDb, _rng: Rng, _now: Date): void {
  // Owned by the sandbox-user work: replaced by the real seed.
}
