import { dateTimeFormat, numberFormat } from '@/lib/intl'

// The first ICU formatter a page builds loads ICU's data: 27 to 56 ms on the bench machine before any CPU
// throttling, spent inside the render that first shows the page's data. For the two English locales most browsers
// report, the counts and medium dates every title page and Discover card show are written out here, exactly as
// Intl writes them (tests/lib/english-formats.test.ts compares the two); any other locale or option goes to Intl.
type HandLocale = 'en-US' | 'en-GB'

export function handLocale(locale: string | undefined): HandLocale | null {
  const tag = locale ?? (typeof navigator === 'undefined' ? undefined : navigator.language)
  if (tag === 'en' || tag === 'en-US') return 'en-US'
  return tag === 'en-GB' ? 'en-GB' : null
}

/** "529,955": a count in `locale` (the browser's when undefined). */
export function formatInteger(value: number, locale?: string): string {
  if (handLocale(locale) && Number.isSafeInteger(value) && value >= 0) {
    return String(value).replace(/\B(?=(\d{3})+$)/g, ',')
  }
  return numberFormat(locale).format(value)
}

const COMPACT_SIZES = [1e3, 1e6, 1e9, 1e12]
const COMPACT_SUFFIXES: Record<HandLocale, readonly string[]> = {
  'en-US': ['K', 'M', 'B', 'T'],
  'en-GB': ['k', 'm', 'bn', 'tn'],
}

/** "530K", "1.2M": a count in Intl's compact notation with at most one decimal, in `locale`. */
export function formatCompactInteger(value: number, locale?: string): string {
  const hand = handLocale(locale)
  if (!hand || !Number.isSafeInteger(value) || value < 0 || value >= 1e15) {
    return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value)
  }
  if (value < 1000) return String(value)
  let unit = COMPACT_SIZES.findLastIndex((size) => value >= size)
  // Tenths of the unit, rounded half up as Intl rounds; 999,950 makes 1000.0K, which Intl writes as 1M.
  let tenths = Math.round(value / (COMPACT_SIZES[unit]! / 10))
  if (tenths >= 10000 && unit < COMPACT_SIZES.length - 1) {
    unit += 1
    tenths = Math.round(value / (COMPACT_SIZES[unit]! / 10))
  }
  const whole = Math.floor(tenths / 10)
  return `${whole}${tenths % 10 ? `.${tenths % 10}` : ''}${COMPACT_SUFFIXES[hand][unit]}`
}

const MONTHS: Record<HandLocale, readonly string[]> = {
  'en-US': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  'en-GB': ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
}

/** "Mar 12, 2026" / "12 Mar 2026": Intl's medium date style in `locale`, in `timeZone` (the browser's when undefined). */
export function formatMediumDate(date: Date, locale?: string, timeZone?: string): string {
  const hand = handLocale(locale)
  const utc = timeZone === 'UTC'
  const year = utc ? date.getUTCFullYear() : date.getFullYear()
  if (hand && (utc || timeZone === undefined) && year >= 1000 && year <= 9999) {
    const month = MONTHS[hand][utc ? date.getUTCMonth() : date.getMonth()]
    const day = utc ? date.getUTCDate() : date.getDate()
    return hand === 'en-US' ? `${month} ${day}, ${year}` : `${day} ${month} ${year}`
  }
  return dateTimeFormat(locale, { dateStyle: 'medium', timeZone }).format(date)
}
