// Apart from dates.ts on purpose: dates.ts is bundled with the first routes (movie, show), and only pages that say
// "3 days ago" should carry this. It keeps its own formatter cache for the same reason (intl.ts sits there too).

type DateInput = Date | string | number

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

const formats = new Map<string, Intl.RelativeTimeFormat>()

function formatFor(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? ''
  let format = formats.get(key)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
    formats.set(key, format)
  }
  return format
}

/** "in 3 days", "yesterday", "5 minutes ago". */
export function formatRelativeTime(value: DateInput, options: { now?: Date; locale?: string } = {}): string {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const seconds = (date.getTime() - (options.now ?? new Date()).getTime()) / 1000
  const format = formatFor(options.locale)
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit)
  }
  return ''
}
