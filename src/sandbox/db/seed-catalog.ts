import type { Rng } from './rng'
import type { SandboxDb } from './types'

/** Fills movies, shows, seasons, episodes, people, credits, other users, comments, public lists and reference data. */
export function seedCatalog(_db: SandboxDb, _rng: Rng, _now: Date): void {
  // Owned by the sandbox-catalog work: replaced by the real seed.
}
