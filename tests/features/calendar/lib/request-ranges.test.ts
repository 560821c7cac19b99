import { addDays, datesFrom } from '@/features/calendar/lib/calendar-date'
import { MAX_DAYS, requestRanges } from '@/features/calendar/lib/request-ranges'

const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Chatham',
  'Pacific/Auckland',
  'Australia/Adelaide',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Europe/Berlin',
  'UTC',
  'America/St_Johns',
  'America/New_York',
  'America/Los_Angeles',
  'Pacific/Pago_Pago',
  'Etc/GMT+12',
]

/** The UTC days the requests cover, written out. */
const covered = (ranges: { startDate: string; days: number }[]) =>
  new Set(ranges.flatMap((r) => datesFrom(r.startDate, addDays(r.startDate, r.days - 1))))

// Intl itself, not the code under test, says which local day an instant is on.
const localDay = (instant: Date, timeZone: string) => instant.toLocaleDateString('en-CA', { timeZone })

describe('requestRanges', () => {
  it('asks for a week as one request with a day of padding each side', () => {
    expect(requestRanges('2026-11-23', '2026-11-29')).toEqual([{ startDate: '2026-11-22', days: 9 }])
  })

  it('splits a 31-day month into two requests of at most 31 days, and keeps February in one', () => {
    expect(requestRanges('2026-12-01', '2026-12-31')).toEqual([
      { startDate: '2026-11-30', days: 31 },
      { startDate: '2026-12-31', days: 2 },
    ])
    expect(requestRanges('2026-02-01', '2026-02-28')).toEqual([{ startDate: '2026-01-31', days: 30 }])
  })

  it('covers any range with back-to-back requests, none longer than Trakt allows', () => {
    const ranges = requestRanges('2026-01-05', '2026-03-15')
    expect(ranges.map((r) => r.days)).toEqual([31, 31, 10])
    expect(ranges.every((r) => r.days <= MAX_DAYS)).toBe(true)
    ranges
      .slice(1)
      .forEach((r, i) => expect(r.startDate).toBe(addDays(ranges[i]!.startDate, ranges[i]!.days)))
    expect(covered(ranges)).toEqual(new Set(datesFrom('2026-01-04', '2026-03-16')))
  })

  it.each(ZONES)('holds every instant of the visible local days in %s, across DST changes', (zone) => {
    for (const [first, last] of [
      ['2026-03-23', '2026-04-05'],
      ['2026-10-19', '2026-11-08'],
      ['2026-12-28', '2027-01-03'],
    ] as const) {
      const days = covered(requestRanges(first, last))
      const visible = new Set(datesFrom(first, last))
      // Every 15 minutes from two days before to two days after.
      const from = Date.parse(`${addDays(first, -2)}T00:00:00Z`)
      const to = Date.parse(`${addDays(last, 3)}T00:00:00Z`)
      for (let t = from; t < to; t += 15 * 60_000) {
        const instant = new Date(t)
        if (visible.has(localDay(instant, zone))) expect(days).toContain(instant.toISOString().slice(0, 10))
      }
    }
  })
})
