import { formatDate, formatRuntime, formatTime } from '@/lib/dates'
import { formatRelativeTime } from '@/lib/relative-time'

describe('dates', () => {
  const now = new Date('2026-03-02T12:00:00Z') // a Monday

  it('formats in the given locale and time zone', () => {
    expect(formatDate('2026-03-12T23:30:00Z', { locale: 'en-GB', timeZone: 'Europe/London' })).toBe(
      '12 Mar 2026',
    )
    expect(formatDate('2026-03-12T23:30:00Z', { locale: 'en-GB', timeZone: 'Asia/Tokyo' })).toBe(
      '13 Mar 2026',
    )
    expect(formatTime('2026-03-12T20:05:00Z', { locale: 'en-GB', timeZone: 'UTC' })).toBe('20:05')
    expect(formatDate('not a date')).toBe('')
  })

  it('says relative times in words', () => {
    expect(formatRelativeTime(new Date('2026-03-05T12:00:00Z'), { now, locale: 'en' })).toBe('in 3 days')
    expect(formatRelativeTime(new Date('2026-03-01T12:00:00Z'), { now, locale: 'en' })).toBe('yesterday')
    expect(formatRelativeTime(new Date('2026-03-02T11:55:00Z'), { now, locale: 'en' })).toBe('5 minutes ago')
  })

  it('formats runtimes', () => {
    expect(formatRuntime(112)).toBe('1 h 52 min')
    expect(formatRuntime(45)).toBe('45 min')
    expect(formatRuntime(120)).toBe('2 h')
    expect(formatRuntime(null)).toBe('')
  })
})
