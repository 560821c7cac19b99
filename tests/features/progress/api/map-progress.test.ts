import {
  mapHiddenShows,
  mapShowList,
  mapShowProgress,
  mapWatchlistShows,
} from '@/features/progress/api/map-progress'
import { readFixture } from '../../../support/fixtures'

describe('progress mappers (real Trakt bodies)', () => {
  it('reads watched shows without seasons (extended=noseasons) with their stamps', () => {
    const body = readFixture('users_watched_shows_noseasons__trakt-r.json') as unknown[]
    const rows = mapShowList(body, 'watched')
    expect(rows).toHaveLength(body.length)
    expect(rows[0]).toEqual({
      show: {
        ids: expect.objectContaining({ trakt: 60267, slug: 'last-week-tonight-with-john-oliver' }),
        title: 'Last Week Tonight with John Oliver',
        year: 2014,
        poster: [],
        airedEpisodes: null,
        runtime: null,
      },
      lastAt: '2026-05-23T23:31:00.000Z',
      lastUpdatedAt: '2026-05-23T23:31:41.000Z',
      resetAt: null,
    })
  })

  it('reads watched shows that do carry seasons the same way', () => {
    const body = readFixture('sync_watched_shows__traktpy.json') as unknown[]
    const rows = mapShowList(body, 'watched')
    expect(rows).toHaveLength(body.length)
    expect(rows.every((r) => r.show.ids.trakt > 0 && r.lastAt !== null)).toBe(true)
  })

  it('reads a show’s watched progress: counts, seasons, reset_at and the next and last episodes', () => {
    const progress = mapShowProgress(readFixture('shows_progress_watched__traktpy.json'), 'watched')
    expect(progress).toMatchObject({
      aired: 10,
      completed: 6,
      lastAt: '2015-03-21T19:03:58.000Z',
      resetAt: '2015-03-21T19:03:58.000Z',
      nextEpisode: {
        season: 1,
        number: 7,
        title: 'You Win or You Die',
        ids: expect.objectContaining({ trakt: 73646 }),
      },
      lastEpisode: { season: 1, number: 5, title: 'You Die and You Win' },
    })
    expect(progress.seasons[0]!.episodes.slice(5, 7)).toEqual([
      { number: 6, completed: true, lastAt: '2015-03-21T19:03:58.000Z' },
      { number: 7, completed: false, lastAt: null },
    ])
  })

  it('reads collection progress by its collected_at dates', () => {
    const progress = mapShowProgress(readFixture('shows_progress_collection__traktpy.json'), 'collection')
    expect(progress).toMatchObject({
      aired: 10,
      completed: 6,
      lastAt: '2015-03-21T19:03:58.000Z',
      resetAt: null,
    })
    expect(progress.seasons[0]!.episodes[0]).toEqual({
      number: 1,
      completed: true,
      lastAt: '2015-03-21T19:03:58.000Z',
    })
  })

  it('reads hidden shows and the watchlist’s shows, leaving other types out', () => {
    const hidden = mapHiddenShows(readFixture('users_hidden_items__traktkit.json'))
    expect(hidden[0]).toMatchObject({
      show: { title: 'Gossip Girl', ids: { trakt: 48 } },
      hiddenAt: '2015-03-30T23:18:42.000Z',
    })
    const watchlist = mapWatchlistShows(readFixture('sync_watchlist_shows__flexget.json'))
    expect(watchlist.length).toBeGreaterThan(0)
    expect(mapWatchlistShows([{ type: 'movie', movie: { ids: { trakt: 1 } } }])).toEqual([])
  })
})
