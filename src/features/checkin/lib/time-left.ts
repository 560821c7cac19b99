import { formatRuntime } from '@/lib/dates'

/** "1 h 12 min left", counted in whole minutes rounded up (so "1 min left" until the very end); "ending now" after. */
export function timeLeftLabel(expiresAt: string, now: number): string {
  const ms = Date.parse(expiresAt) - now
  if (!(ms > 0)) return 'ending now'
  return `${formatRuntime(Math.ceil(ms / 60_000))} left`
}

/** The same, narrow enough for a phone's header: "1h 12m", "38m", "0m" once it ended. */
export function timeLeftShort(expiresAt: string, now: number): string {
  const ms = Date.parse(expiresAt) - now
  const minutes = ms > 0 ? Math.ceil(ms / 60_000) : 0
  const h = Math.floor(minutes / 60)
  return h > 0 ? `${h}h ${minutes % 60}m` : `${minutes}m`
}
