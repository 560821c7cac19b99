import { mapCalendarMovies, mapCalendarShows } from '@/features/calendar/api/map-calendar-item'
import { readFixture } from '../../../support/fixtures'

type Row = Record<string, Record<string, unknown> & { ids: Record<string, unknown> }> & {
  first_aired?: string
}

describe('calendar mappers', () => {
  it('reads the recorded /calendars/my/shows body: airing instant, show, season and episode', () => {
    const body = readFixture('calendars_my_shows__traktkit.json') as Row[]
    const episodes = mapCalendarShows(body)
    expect(episodes).toHaveLength(body.length)
    body.forEach((row, i) => {
      expect(episodes[i]).toMatchObject({
        kind: 'episode',
        key: `episode-${String(row.episode!.ids.trakt)}`,
        airsAt: row.first_aired,
        show: { title: row.show!.title, slug: row.show!.ids.slug, traktId: row.show!.ids.trakt },
        season: row.episode!.season,
        number: row.episode!.number,
        title: row.episode!.title,
      })
    })
  })

  it('reads the recorded /calendars/all/dvd body as releases on their calendar date', () => {
    const body = readFixture('calendars_all_dvd__traktpy.json') as (Row & { released: string })[]
    const movies = mapCalendarMovies(body, 'dvd')
    expect(movies.map((m) => [m.date, m.movie.title, m.movie.slug])).toEqual(
      body.map((row) => [row.released, row.movie!.title, row.movie!.ids.slug]),
    )
    expect(new Set(movies.map((m) => m.release))).toEqual(new Set(['dvd']))
  })

  it('copes with the nulls and extra fields of real bodies, and drops rows it cannot place', () => {
    const episodes = mapCalendarShows([
      {
        first_aired: '2026-11-26T01:00:00.000Z',
        episode: {
          season: 2,
          number: 1,
          title: null,
          ids: { trakt: 9, tvdb: null, imdb: null, tmdb: null, plex: null },
          episode_type: 'season_premiere',
          runtime: 44,
          images: { screenshot: [] },
        },
        show: { title: 'A Show', year: null, ids: { trakt: 3, slug: null }, colors: null },
      },
      {
        first_aired: null,
        episode: { season: 1, number: 1, ids: { trakt: 10 } },
        show: { title: 'No time' },
      },
      { first_aired: '2026-11-26T01:00:00.000Z', episode: { season: 1, ids: {} }, show: {} },
      'junk',
    ])
    expect(episodes).toEqual([
      {
        kind: 'episode',
        key: 'episode-9',
        airsAt: '2026-11-26T01:00:00.000Z',
        show: { title: 'A Show', year: null, slug: null, traktId: 3 },
        season: 2,
        number: 1,
        title: null,
        episodeType: 'season_premiere',
        runtime: 44,
      },
    ])
    expect(
      mapCalendarMovies([{ released: null, movie: { title: 'X' } }, { released: 'soon' }], 'theatrical'),
    ).toEqual([])
    expect(mapCalendarMovies({ error: 'not a list' }, 'theatrical')).toEqual([])
  })
})
