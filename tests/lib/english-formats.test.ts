import { formatCompactInteger, formatInteger, formatMediumDate } from '@/lib/english-formats'

// The hand-written English formats must be exactly what Intl writes, or a page would change with the locale.
describe('hand-written English formats', () => {
  const locales = ['en-US', 'en-GB', 'en']

  it('groups counts the way Intl.NumberFormat does', () => {
    const values = [0, 7, 42, 999, 1000, 1234, 12345, 529955, 1000000, 987654321, Number.MAX_SAFE_INTEGER]
    for (const locale of locales) {
      for (const value of values)
        expect(formatInteger(value, locale)).toBe(new Intl.NumberFormat(locale).format(value))
    }
  })

  it('writes compact counts the way Intl does, across every unit and its rounding edges', () => {
    const values: number[] = []
    for (let v = 0; v <= 1100; v++) values.push(v)
    for (const size of [1e3, 1e6, 1e9, 1e12]) {
      for (const m of [
        1, 1.049, 1.05, 1.0999, 9.95, 9.9999, 99.949, 99.95, 999.949, 999.95, 999.99, 123.456,
      ]) {
        values.push(Math.round(m * size), Math.round(m * size) - 1, Math.round(m * size) + 1)
      }
    }
    let seed = 7
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647
      values.push(Math.floor((seed / 2147483647) ** 3 * 9e14))
    }
    for (const locale of ['en-US', 'en-GB']) {
      const intl = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 })
      for (const value of values) expect(formatCompactInteger(value, locale)).toBe(intl.format(value))
    }
  })

  it('writes every month and day as the medium date style of Intl does, in UTC and in local time', () => {
    for (const locale of locales) {
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 9, 10, 28]) {
          const utc = new Date(Date.UTC(2026, month, day, 23, 30))
          expect(formatMediumDate(utc, locale, 'UTC')).toBe(
            new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc),
          )
          const local = new Date(1999, month, day, 0, 15)
          expect(formatMediumDate(local, locale)).toBe(
            new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(local),
          )
        }
      }
    }
  })

  it('leaves other locales, time zones, fractions and far years to Intl', () => {
    const date = new Date(Date.UTC(2026, 8, 5, 23, 30))
    expect(formatMediumDate(date, 'de-DE', 'UTC')).toBe('05.09.2026')
    expect(formatMediumDate(date, 'en-GB', 'Asia/Tokyo')).toBe('6 Sept 2026')
    expect(formatMediumDate(new Date(Date.UTC(12026, 0, 1)), 'en-US', 'UTC')).toBe(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(Date.UTC(12026, 0, 1)),
      ),
    )
    expect(formatInteger(1234567, 'de-DE')).toBe('1.234.567')
    expect(formatInteger(1234.5, 'en-US')).toBe('1,234.5')
    expect(formatInteger(-1234, 'en-GB')).toBe('-1,234')
  })

  it('follows the browser language when no locale is given', () => {
    expect(navigator.language).toBe('en-US')
    expect(formatInteger(529955)).toBe('529,955')
    expect(formatMediumDate(new Date(Date.UTC(2016, 1, 12)), undefined, 'UTC')).toBe('Feb 12, 2016')
  })
})
