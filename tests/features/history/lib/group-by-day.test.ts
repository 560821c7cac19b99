import { groupByLocalDay, localDayKey } from '@/features/history/lib/group-by-day'

const play = (id: number, watchedAt: string) => ({ id, watchedAt })

const headings = (rows: ReturnType<typeof groupByLocalDay>) =>
  rows.map((row) => (row.kind === 'day' ? `# ${row.label}` : row.play.id))

describe('groupByLocalDay', () => {
  it('splits at the reader’s local midnight, not at UTC midnight', () => {
    // Berlin is UTC+1 in November: 23:30Z on the 24th is already the 25th there, 22:59Z is still the 24th.
    const rows = groupByLocalDay(
      [
        play(1, '2026-11-26T10:00:00.000Z'),
        play(2, '2026-11-24T23:30:00.000Z'),
        play(3, '2026-11-24T22:59:00.000Z'),
      ],
      { now: new Date('2026-11-26T12:00:00.000Z'), timeZone: 'Europe/Berlin', locale: 'en-GB' },
    )
    expect(headings(rows)).toEqual(['# Today', 1, '# Yesterday', 2, '# Tuesday, 24 November 2026', 3])
  })

  it('groups the minute before and after midnight apart, in New York as in Tokyo', () => {
    const plays = [play(1, '2026-11-25T05:01:00.000Z'), play(2, '2026-11-25T04:59:00.000Z')]
    const now = new Date('2026-11-25T12:00:00.000Z')
    expect(headings(groupByLocalDay(plays, { now, timeZone: 'America/New_York' }))).toEqual([
      '# Today',
      1,
      '# Yesterday',
      2,
    ])
    // 05:01Z and 04:59Z are both the afternoon of the 25th in Tokyo (UTC+9): one day.
    expect(headings(groupByLocalDay(plays, { now, timeZone: 'Asia/Tokyo' }))).toEqual(['# Today', 1, 2])
  })

  it('knows yesterday across the spring DST change (a 23-hour day)', () => {
    // New York moves to EDT at 02:00 on 8 March 2026. At 00:30 EST on the 8th, 24 hours earlier is the 6th.
    const now = new Date('2026-03-08T05:30:00.000Z') // 00:30 EST, 8 March
    const rows = groupByLocalDay(
      [
        play(1, '2026-03-08T05:10:00.000Z'), // 00:10 EST, 8 March
        play(2, '2026-03-07T05:10:00.000Z'), // 00:10 EST, 7 March (more than 24 h ago, still yesterday)
        play(3, '2026-03-07T04:50:00.000Z'), // 23:50 EST, 6 March
      ],
      { now, timeZone: 'America/New_York', locale: 'en-US' },
    )
    expect(headings(rows)).toEqual(['# Today', 1, '# Yesterday', 2, '# Friday, March 6, 2026', 3])
  })

  it('knows today across the autumn DST change (a 25-hour day)', () => {
    // New York moves back to EST at 02:00 on 1 November 2026. At 23:30 EST on the 1st, 24 hours earlier is still
    // the 1st (00:30 EDT): that play is today, not yesterday.
    const now = new Date('2026-11-02T04:30:00.000Z') // 23:30 EST, 1 November
    const rows = groupByLocalDay(
      [play(1, '2026-11-01T04:30:00.000Z'), play(2, '2026-11-01T03:59:00.000Z')], // 00:30 EDT; 23:59 EDT 31 Oct
      { now, timeZone: 'America/New_York' },
    )
    expect(headings(rows)).toEqual(['# Today', 1, '# Yesterday', 2])
  })

  it('gives a day that comes back out of order a heading with its own key', () => {
    const rows = groupByLocalDay(
      [
        play(1, '2026-11-20T10:00:00.000Z'),
        play(2, '2026-11-19T10:00:00.000Z'),
        play(3, '2026-11-20T09:00:00.000Z'),
      ],
      { now: new Date('2026-11-26T12:00:00.000Z'), timeZone: 'UTC' },
    )
    const keys = rows.map((row) => row.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(rows.filter((row) => row.kind === 'day')).toHaveLength(3)
  })
})

describe('localDayKey', () => {
  it('writes the calendar day in the zone, for zones off the hour too', () => {
    // Kathmandu is UTC+5:45: 18:14Z is 23:59, 18:15Z is midnight of the next day.
    expect(localDayKey(new Date('2026-11-25T18:14:00.000Z'), 'Asia/Kathmandu')).toBe('2026-11-25')
    expect(localDayKey(new Date('2026-11-25T18:15:00.000Z'), 'Asia/Kathmandu')).toBe('2026-11-26')
  })
})
