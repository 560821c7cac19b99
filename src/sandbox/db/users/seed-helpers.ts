import type { Rng } from '../rng'
import type { SandboxDb } from '../types'

export const DAY = 86_400_000
export const HOUR = 3_600_000

/** The next unique id, the same counter the store's nextId() advances. */
export function newId(db: SandboxDb): number {
  db.nextId += 1
  return db.nextId
}

/** A whole-second ISO timestamp (Trakt's dates carry .000Z). */
export function iso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString()
}

/** A random moment between two times, at a plausible evening viewing hour. */
export function eveningBetween(rng: Rng, from: number, to: number): number {
  if (to <= from) return from
  const day = from + rng.next() * (to - from)
  const start = new Date(day)
  start.setUTCHours(rng.int(17, 22), rng.int(0, 59), rng.int(0, 59), 0)
  const at = start.getTime()
  return Math.min(Math.max(at, from), to)
}

/** How a play was recorded: mostly manual marks and media-center scrobbles, a few check-ins. */
export function pickAction(rng: Rng): 'watch' | 'scrobble' | 'checkin' {
  const r = rng.next()
  return r < 0.5 ? 'watch' : r < 0.85 ? 'scrobble' : 'checkin'
}
