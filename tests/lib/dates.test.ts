import { formatDate, formatRelativeTime, formatRuntime, formatTime, toLocalAirTime } from '@/lib/dates'

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

  it('converts a show air time to the next airing in the user time zone', () => {
    // Thursday 21:00 in New York (EST, UTC-5 on 5 March 2026) is Friday 02:00 UTC / 03:00 in Berlin.
    const airing = toLocalAirTime('Thursday', '21:00', 'America/New_York', {
      now,
      locale: 'en-GB',
      timeZone: 'Europe/Berlin',
    })
    expect(airing?.date.toISOString()).toBe('2026-03-06T02:00:00.000Z')
    expect(airing?.day).toBe('Friday')
    expect(airing?.time).toBe('03:00')
  })

  it('follows daylight saving time in the show time zone', () => {
    // US clocks go forward on 8 March 2026: Monday 9 March 21:00 EDT is 01:00 UTC on the 10th.
    const airing = toLocalAirTime('Monday', '21:00', 'America/New_York', {
      now: new Date('2026-03-03T12:00:00Z'),
      timeZone: 'UTC',
    })
    expect(airing?.date.toISOString()).toBe('2026-03-10T01:00:00.000Z')
  })

  it('picks next week when this week has passed, and rejects unknown input', () => {
    const airing = toLocalAirTime('Monday', '06:00', 'UTC', { now, timeZone: 'UTC' })
    expect(airing?.date.toISOString()).toBe('2026-03-09T06:00:00.000Z')
    expect(toLocalAirTime('Funday', '06:00', 'UTC')).toBeNull()
    expect(toLocalAirTime('Monday', '06:00', 'Not/AZone')).toBeNull()
    expect(toLocalAirTime(null, null, null)).toBeNull()
  })
})
