import type { CalendarEpisode, CalendarMovie } from '@/features/calendar/api/map-calendar-item'
import { bucketByLocalDay } from '@/features/calendar/lib/bucket-by-day'
import { datesFrom } from '@/features/calendar/lib/calendar-date'

const show = { title: 'Show', year: 2020, slug: 'show', traktId: 1 }
const episode = (id: number, airsAt: string, title = `Show ${id}`): CalendarEpisode => ({
  kind: 'episode',
  key: `episode-${id}`,
  airsAt,
  show: { ...show, title },
  season: 1,
  number: id,
  title: null,
  episodeType: null,
  runtime: null,
})
const movie = (id: number, date: string): CalendarMovie => ({
  kind: 'movie',
  release: 'theatrical',
  key: `theatrical-${id}`,
  date,
  movie: { title: `Movie ${id}`, year: 2026, slug: `movie-${id}`, traktId: id },
})
const keysOn = (buckets: Map<string, { key: string }[]>) =>
  Object.fromEntries([...buckets].map(([day, items]) => [day, items.map((i) => i.key)]))

describe('bucketByLocalDay', () => {
  it("puts airings on Berlin's local days over the spring DST change and drops the padding", () => {
    const days = datesFrom('2026-03-29', '2026-03-30')
    const items = [
      episode(1, '2026-03-28T22:59:00Z'), // 23:59 CET on the 28th: padding
      episode(2, '2026-03-28T23:00:00Z'), // 00:00 CET on the 29th
      episode(3, '2026-03-29T21:30:00Z'), // 23:30 CEST on the 29th (a naive +1 h would say 22:30)
      episode(4, '2026-03-29T22:00:00Z'), // 00:00 CEST on the 30th
      episode(5, '2026-03-30T22:00:00Z'), // 00:00 on the 31st: padding
    ]
    expect(keysOn(bucketByLocalDay(items, days, 'Europe/Berlin'))).toEqual({
      '2026-03-29': ['episode-2', 'episode-3'],
      '2026-03-30': ['episode-4'],
    })
  })

  it("puts airings on New York's local days over the autumn DST change (a 25-hour day)", () => {
    const days = datesFrom('2026-11-01', '2026-11-02')
    const items = [
      episode(1, '2026-11-01T03:59:00Z'), // 23:59 EDT on 31 October
      episode(2, '2026-11-01T04:00:00Z'), // 00:00 EDT on 1 November
      episode(3, '2026-11-02T04:30:00Z'), // 23:30 EST on 1 November: the day's 25th hour
      episode(4, '2026-11-02T05:00:00Z'), // 00:00 EST on 2 November
    ]
    expect(keysOn(bucketByLocalDay(items, days, 'America/New_York'))).toEqual({
      '2026-11-01': ['episode-2', 'episode-3'],
      '2026-11-02': ['episode-4'],
    })
  })

  it.each([
    ['Asia/Kolkata', '2026-06-01T18:29:00Z', '2026-06-01T18:30:00Z'],
    ['Asia/Kathmandu', '2026-06-01T18:14:00Z', '2026-06-01T18:15:00Z'],
    ['America/St_Johns', '2026-06-02T02:29:00Z', '2026-06-02T02:30:00Z'],
  ])('splits the day at local midnight in %s', (zone, before, after) => {
    const days = ['2026-06-01', '2026-06-02']
    expect(keysOn(bucketByLocalDay([episode(1, before), episode(2, after)], days, zone))).toEqual({
      '2026-06-01': ['episode-1'],
      '2026-06-02': ['episode-2'],
    })
  })

  it('keeps a release on its own date in every zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Chatham', 'Etc/GMT+12'])
      expect(keysOn(bucketByLocalDay([movie(7, '2026-06-01')], ['2026-06-01', '2026-06-02'], zone))).toEqual({
        '2026-06-01': ['theatrical-7'],
        '2026-06-02': [],
      })
  })

  it('heads the day with releases, then episodes by air time, and lists an item once', () => {
    const items = [
      episode(2, '2026-06-01T12:00:00Z', 'A show'),
      episode(1, '2026-06-01T09:00:00Z', 'B show'),
      movie(7, '2026-06-01'),
      movie(7, '2026-06-01'),
    ]
    expect(keysOn(bucketByLocalDay(items, ['2026-06-01'], 'UTC'))).toEqual({
      '2026-06-01': ['theatrical-7', 'episode-1', 'episode-2'],
    })
  })
})
