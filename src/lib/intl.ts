// Intl formatters are slow to build (a movie's releases table formats hundreds of dates): each distinct locale
// and options pair is built once and kept.

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const relativeTimeFormats = new Map<string, Intl.RelativeTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

/** A shared `Intl.DateTimeFormat` for this locale and these options. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = JSON.stringify([locale, options])
  let format = dateTimeFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options)
    dateTimeFormats.set(key, format)
  }
  return format
}

/** A shared `Intl.RelativeTimeFormat` for this locale and these options. */
export function relativeTimeFormat(locale: string | undefined, options: Intl.RelativeTimeFormatOptions) {
  const key = JSON.stringify([locale, options])
  let format = relativeTimeFormats.get(key)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, options)
    relativeTimeFormats.set(key, format)
  }
  return format
}

/** A shared `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}) {
  const key = JSON.stringify([locale, options])
  let format = numberFormats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, options)
    numberFormats.set(key, format)
  }
  return format
}
