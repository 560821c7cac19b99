import { formatCompactInteger, formatInteger, formatMediumDate } from '@/lib/english-formats'

/** "529,955" in the user's locale. */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatInteger(value)
}

/** "530K" for tight places; the exact number belongs in an accessible label next to it. */
export function formatCompact(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatCompactInteger(value)
}

/** Trakt ratings are 0-10 with many decimals: "8.3". */
export function formatRating(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : value.toFixed(1)
}

/** "TV-MA", "returning series" → "Returning series". */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/** A date-only string ("2016-02-12") as a local calendar date (no time-zone shift). */
export function formatCalendarDate(value: string | null | undefined, locale?: string): string {
  if (!value) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) {
    const date = new Date(value)
    return Number.isNaN(date.getTime()) ? '' : formatMediumDate(date, locale)
  }
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return formatMediumDate(date, locale, 'UTC')
}
