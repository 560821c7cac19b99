import { toLocalAirTime } from '@/lib/air-time'
import type { Airs } from '../api/map-to-show'

/**
 * "Mondays at 3:00 AM" in the user's time zone, from Trakt's airs (day, time and the show's own zone), or null when
 * Trakt does not say.
 */
export function localAirTime(airs: Airs, options: { timeZone?: string; now?: Date } = {}): string | null {
  const local = toLocalAirTime(airs.day, airs.time, airs.timezone, options)
  if (!local) return null
  return `${local.day}s at ${local.time}`
}
