import { toLocalAirTime } from '@/lib/air-time'

describe('show air times', () => {
  const now = new Date('2026-03-02T12:00:00Z') // a Monday

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
