import { fail } from '../../http'
import type { SandboxDb } from '../../db/types'

/**
 * Free-account caps (Trakt answers 420 past them; VIP accounts are uncapped here). Deliberately Trakt's real
 * numbers for the watchlist and lists so the demo behaves like Trakt, and small enough to reach in a test.
 */
export const FREE_LIMITS = { watchlist: 100, favorites: 50, lists: 10, listItems: 100 } as const

/** VIP accounts get far higher caps; the sandbox treats them as unlimited. */
export function limitFor(db: SandboxDb, slug: string, key: keyof typeof FREE_LIMITS): number {
  return db.users[slug]?.vip ? Number.POSITIVE_INFINITY : FREE_LIMITS[key]
}

/** Trakt's "account limit exceeded" answer. */
export function overLimit(): Response {
  return fail.status(420, null, { 'X-Upgrade-URL': 'https://trakt.tv/vip', 'X-Account-Limit': 'true' })
}
