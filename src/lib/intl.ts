// Intl formatters are slow to build (a movie's releases table formats hundreds of dates): each distinct locale
// and options pair is built once and kept.

function shared<F, O>(build: (locale: string | undefined, options: O) => F) {
  const built = new Map<string, F>()
  return (locale: string | undefined, options: O): F => {
    const key = JSON.stringify([locale, options])
    let format = built.get(key)
    if (!format) {
      format = build(locale, options)
      built.set(key, format)
    }
    return format
  }
}

/** A shared `Intl.DateTimeFormat` for this locale and these options. */
export const dateTimeFormat = shared(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
)

/** A shared `Intl.RelativeTimeFormat` for this locale and these options. */
export const relativeTimeFormat = shared(
  (locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options),
)

const sharedNumberFormat = shared(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
)

/** A shared `Intl.NumberFormat` for this locale and these options. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions = {}) {
  return sharedNumberFormat(locale, options)
}
