/** Date helpers for the seed: everything is UTC, like Trakt. */
export const DAY = 86_400_000

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY)
}

/** YYYY-MM-DD of a date (UTC). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

/** Midnight UTC of the day `date` falls on. */
export function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}
