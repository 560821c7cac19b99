import {
  addDays,
  addMonths,
  datesFrom,
  daysBetween,
  endOfMonth,
  isCalendarDate,
  localDateOf,
  startOfWeek,
  todayIn,
} from '@/features/calendar/lib/calendar-date'

// The date math must not lean on the machine's zone: run it in one with a 45-minute offset and its own DST.
process.env.TZ = 'Pacific/Chatham'

describe('calendar date math', () => {
  it('walks days across month and year ends and both DST changes, one day a step', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    // Europe's and America's DST weekends of 2026: still seven dates in a week.
    expect(datesFrom('2026-03-26', '2026-04-01')).toEqual([
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ])
    expect(datesFrom('2026-10-31', '2026-11-02')).toEqual(['2026-10-31', '2026-11-01', '2026-11-02'])
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
    expect(daysBetween('2026-10-25', '2026-10-26')).toBe(1)
  })

  it('moves by months to the first of the month and knows month ends', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-01')
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-01')
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28')
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29')
    expect(endOfMonth('2026-12-01')).toBe('2026-12-31')
  })

  it('finds the start of the week for Monday and Sunday weeks', () => {
    // 2026-11-26 is a Thursday.
    expect(startOfWeek('2026-11-26', 1)).toBe('2026-11-23')
    expect(startOfWeek('2026-11-26', 0)).toBe('2026-11-22')
    expect(startOfWeek('2026-11-23', 1)).toBe('2026-11-23')
    expect(startOfWeek('2026-11-22', 1)).toBe('2026-11-16')
    expect(startOfWeek('2026-11-26', 6)).toBe('2026-11-21')
  })

  it('accepts only real dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true)
    expect(isCalendarDate('2026-02-30')).toBe(false)
    expect(isCalendarDate('2026-2-3')).toBe(false)
    expect(isCalendarDate('2026-02-28T00:00:00Z')).toBe(false)
    expect(isCalendarDate(null)).toBe(false)
  })
})

describe('localDateOf', () => {
  const cases: [zone: string, instant: string, day: string][] = [
    // +05:30 and +05:45: the day turns at 18:30 and 18:15 UTC.
    ['Asia/Kolkata', '2026-03-10T18:29:00Z', '2026-03-10'],
    ['Asia/Kolkata', '2026-03-10T18:30:00Z', '2026-03-11'],
    ['Asia/Kathmandu', '2026-03-10T18:14:00Z', '2026-03-10'],
    ['Asia/Kathmandu', '2026-03-10T18:15:00Z', '2026-03-11'],
    // −03:30 in winter, −02:30 in summer.
    ['America/St_Johns', '2026-01-15T03:29:00Z', '2026-01-14'],
    ['America/St_Johns', '2026-01-15T03:30:00Z', '2026-01-15'],
    ['America/St_Johns', '2026-07-15T02:29:00Z', '2026-07-14'],
    ['America/St_Johns', '2026-07-15T02:30:00Z', '2026-07-15'],
    // +10:30 in January, +09:30 in July.
    ['Australia/Adelaide', '2026-01-15T13:29:00Z', '2026-01-15'],
    ['Australia/Adelaide', '2026-01-15T13:30:00Z', '2026-01-16'],
    ['Australia/Adelaide', '2026-07-15T14:29:00Z', '2026-07-15'],
    ['Australia/Adelaide', '2026-07-15T14:30:00Z', '2026-07-16'],
    // +13:45 in January: most of the UTC day is already tomorrow.
    ['Pacific/Chatham', '2026-01-15T10:14:00Z', '2026-01-15'],
    ['Pacific/Chatham', '2026-01-15T10:15:00Z', '2026-01-16'],
    // Berlin's 23-hour day (29 March) and 25-hour day (25 October).
    ['Europe/Berlin', '2026-03-28T22:59:00Z', '2026-03-28'],
    ['Europe/Berlin', '2026-03-28T23:00:00Z', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T21:59:00Z', '2026-03-29'],
    ['Europe/Berlin', '2026-03-29T22:00:00Z', '2026-03-30'],
    ['Europe/Berlin', '2026-10-25T22:59:00Z', '2026-10-25'],
    ['Europe/Berlin', '2026-10-25T23:00:00Z', '2026-10-26'],
    // New York: spring forward on 8 March, fall back on 1 November.
    ['America/New_York', '2026-03-09T03:59:00Z', '2026-03-08'],
    ['America/New_York', '2026-03-09T04:00:00Z', '2026-03-09'],
    ['America/New_York', '2026-11-02T04:59:00Z', '2026-11-01'],
    ['America/New_York', '2026-11-02T05:00:00Z', '2026-11-02'],
  ]
  it.each(cases)('%s: %s is on %s', (zone, instant, day) => {
    expect(localDateOf(instant, zone)).toBe(day)
  })

  it('gives today in the zone asked for', () => {
    const now = new Date('2026-11-26T20:00:00Z')
    expect(todayIn('Pacific/Auckland', now)).toBe('2026-11-27')
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-11-26')
  })
})
