// Dates and times in the user's own time zone and locale. Every function takes optional `locale`/`timeZone`
// so tests (and a future settings page) can pin them; by default the browser's are used.

import { formatMediumDate } from '@/lib/english-formats'
import { dateTimeFormat } from '@/lib/intl'

export type Zoned = { locale?: string; timeZone?: string }
type DateInput = Date | string | number

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value)
}

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime())
}

/** "12 Mar 2026" (or the locale's equivalent); empty for an invalid date. */
export function formatDate(
  value: DateInput,
  options: Zoned & { style?: 'short' | 'medium' | 'long' } = {},
): string {
  const date = toDate(value)
  if (!isValid(date)) return ''
  if ((options.style ?? 'medium') === 'medium')
    return formatMediumDate(date, options.locale, options.timeZone)
  return dateTimeFormat(options.locale, {
    dateStyle: options.style,
    timeZone: options.timeZone,
  }).format(date)
}

/** "8:00 PM" / "20:00" following the locale. */
export function formatTime(value: DateInput, options: Zoned = {}): string {
  const date = toDate(value)
  if (!isValid(date)) return ''
  return dateTimeFormat(options.locale, { timeStyle: 'short', timeZone: options.timeZone }).format(date)
}

/** "12 Mar 2026, 20:00". */
export function formatDateTime(value: DateInput, options: Zoned = {}): string {
  const date = toDate(value)
  if (!isValid(date)) return ''
  return dateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(date)
}

/** "Monday" in the user's time zone. */
export function formatWeekday(value: DateInput, options: Zoned = {}): string {
  const date = toDate(value)
  if (!isValid(date)) return ''
  return dateTimeFormat(options.locale, { weekday: 'long', timeZone: options.timeZone }).format(date)
}

/** "1 h 52 min" from a Trakt runtime in minutes. */
export function formatRuntime(minutes: number | null | undefined): string {
  if (!minutes || minutes <= 0) return ''
  const h = Math.floor(minutes / 60)
  const m = Math.round(minutes % 60)
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}
