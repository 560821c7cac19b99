import { monthGrid } from '@/features/calendar/lib/month-grid'
import { firstDayOfWeek } from '@/features/calendar/lib/week-start'

describe('monthGrid', () => {
  it('starts November 2026 (a Sunday the 1st) on Monday with six blank days', () => {
    const weeks = monthGrid('2026-11-18', 1)
    expect(weeks).toHaveLength(6)
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-11-01'])
    expect(weeks[1]![0]).toBe('2026-11-02')
    expect(weeks[5]).toEqual(['2026-11-30', null, null, null, null, null, null])
  })

  it('starts the same month on Sunday in a Sunday-first locale', () => {
    const weeks = monthGrid('2026-11-01', 0)
    expect(weeks).toHaveLength(5)
    expect(weeks[0]![0]).toBe('2026-11-01')
    expect(weeks[4]).toEqual(['2026-11-29', '2026-11-30', null, null, null, null, null])
  })

  it('fits February 2026 into exactly four Sunday weeks, and every day appears once', () => {
    const weeks = monthGrid('2026-02-14', 0)
    expect(weeks).toHaveLength(4)
    const days = weeks.flat().filter(Boolean)
    expect(days).toHaveLength(28)
    expect(days[0]).toBe('2026-02-01')
    expect(days.at(-1)).toBe('2026-02-28')
  })

  it('puts each date under its weekday column', () => {
    const weeks = monthGrid('2026-12-01', 6)
    // Saturday-first: column 0 is Saturday; 5 December 2026 is a Saturday.
    expect(weeks.find((w) => w.includes('2026-12-05'))![0]).toBe('2026-12-05')
  })
})

describe('firstDayOfWeek', () => {
  it("follows the locale's week", () => {
    expect(firstDayOfWeek('en-US')).toBe(0)
    expect(firstDayOfWeek('de-DE')).toBe(1)
    expect(firstDayOfWeek('en-GB')).toBe(1)
    expect(firstDayOfWeek('ar-EG')).toBe(6)
  })

  it('falls back to Monday for a tag Intl refuses', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(1)
  })
})
