import type { ItemRef } from '../../db/types'
import { type BodyKey, KEY_OF, type Resolution } from './resolve-items'

/** `{ movies: 0, episodes: 0 }` style counters for add/remove answers. */
export function counters(keys: string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]))
}

/** Adds one to the counter for an item's type. */
export function bump(counter: Record<string, number>, type: ItemRef['type']): void {
  const key = KEY_OF[type]
  counter[key] = (counter[key] ?? 0) + 1
}

/** The `not_found` object: every key present (empty arrays), unknown items echoed as sent. */
export function notFoundBody(
  resolution: Resolution,
  keys: BodyKey[] = ['movies', 'shows', 'seasons', 'episodes'],
): Record<string, unknown[]> {
  return Object.fromEntries(keys.map((k) => [k, resolution.notFound[k]]))
}

/** Same ref? */
export const sameRef = (a: ItemRef, b: ItemRef) => a.type === b.type && a.id === b.id
