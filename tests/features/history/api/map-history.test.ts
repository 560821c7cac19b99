import { mapHistory } from '@/features/history/api/map-history'
import { readFixture } from '../../../support/fixtures'

describe('mapHistory (real Trakt bodies)', () => {
  it('maps movie plays with their history id, date, action and page', () => {
    const body = readFixture('sync_history_movies__flexget.json') as unknown[]
    const plays = mapHistory(body)
    expect(plays).toHaveLength(body.length)
    expect(plays[0]).toEqual({
      id: 4115573597,
      watchedAt: '2018-12-29T07:12:39.000Z',
      action: 'watch',
      type: 'movie',
      traktId: 285120,
      title: 'Mortal Engines',
      href: '/movies/mortal-engines-2018',
      year: 2018,
      show: null,
      code: null,
      runtime: null,
      thumbnail: { kind: 'poster', urls: [] },
    })
  })

  it('maps episode plays with their show, code and episode page; 64-bit ids stay exact', () => {
    const plays = mapHistory(readFixture('users_history_shows__trakt-r.json'))
    expect(plays[0]).toMatchObject({
      id: 12297139948,
      action: 'scrobble',
      type: 'episode',
      // The episode's own id (what another play of it sends), not the show's.
      traktId: 14103828,
      title: 'May 17, 2026: Structured Settlements',
      code: 'S13E12',
      href: '/shows/last-week-tonight-with-john-oliver/seasons/13/episodes/12',
      show: {
        title: 'Last Week Tonight with John Oliver',
        href: '/shows/last-week-tonight-with-john-oliver',
      },
      thumbnail: { kind: 'still', urls: [] },
    })
  })

  it('reads images and leaves out rows it cannot show', () => {
    const plays = mapHistory([
      {
        id: 1,
        watched_at: '2026-01-01T00:00:00.000Z',
        action: 'checkin',
        type: 'movie',
        movie: {
          title: 'TRON',
          year: null,
          ids: { trakt: 7, slug: null },
          images: { poster: ['media.trakt.tv/p/medium/a.jpg'] },
        },
      },
      { id: null, watched_at: '2026-01-01T00:00:00.000Z', movie: { title: 'No id' } },
      { id: 2, watched_at: null, movie: { title: 'No date' } },
      { id: 3, watched_at: '2026-01-01T00:00:00.000Z', episode: { season: 1, number: 1 }, show: null },
    ])
    expect(plays).toHaveLength(1)
    expect(plays[0]).toMatchObject({
      href: '/movies/7',
      year: null,
      thumbnail: { urls: ['media.trakt.tv/p/medium/a.jpg'] },
    })
  })
})
