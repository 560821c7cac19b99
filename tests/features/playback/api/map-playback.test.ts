import { mapPlayback } from '@/features/playback/api/map-playback'
import { readFixture } from '../../../support/fixtures'

describe('mapPlayback (real Trakt bodies)', () => {
  it('maps a movie and an episode with their playback id, progress, pause and pages', () => {
    const entries = mapPlayback(readFixture('sync_playback__traktkit.json'))
    expect(entries).toEqual([
      {
        id: 13,
        progress: 10,
        pausedAt: '2015-01-25T22:01:32.000Z',
        type: 'movie',
        traktId: 1,
        title: 'Batman Begins',
        href: '/movies/batman-begins-2005',
        year: 2005,
        show: null,
        code: null,
        runtime: null,
        thumbnail: { kind: 'poster', urls: [] },
      },
      {
        id: 37,
        progress: 65.5,
        pausedAt: '2015-01-25T22:01:32.000Z',
        type: 'episode',
        traktId: 1,
        title: 'Good Cop Bad Cop',
        href: '/shows/breaking-bad/seasons/0/episodes/1',
        year: null,
        show: { title: 'Breaking Bad', href: '/shows/breaking-bad', traktId: 1 },
        code: 'S00E01',
        runtime: null,
        thumbnail: { kind: 'still', urls: [] },
      },
    ])
  })

  it('keeps rows without a playback id (they can be resumed, not removed) and sorts by the pause, newest first', () => {
    const movies = mapPlayback(readFixture('sync_playback_movies__traktpy.json'))
    expect(movies.map((m) => [m.id, m.title, m.progress])).toEqual([
      [null, 'TRON: Legacy', 64],
      [null, '100 Bloody Acres', 0],
    ])
    const episodes = mapPlayback(readFixture('sync_playback_episodes__traktpy.json'))
    expect(episodes[0]).toMatchObject({
      type: 'episode',
      traktId: 74043,
      progress: 4.99,
      code: 'S01E03',
      title: 'Chuck Versus the Tango',
      href: '/shows/chuck/seasons/1/episodes/3',
    })
    const pauses = episodes.map((e) => Date.parse(e.pausedAt))
    expect(pauses).toEqual([...pauses].sort((a, b) => b - a))
  })

  it('reads runtime and images, and leaves out rows it cannot show', () => {
    const entries = mapPlayback([
      {
        progress: 120,
        paused_at: '2026-01-01T10:00:00.000Z',
        id: 1,
        type: 'movie',
        movie: {
          title: 'A',
          year: 2020,
          runtime: 90,
          ids: { trakt: 5, slug: 'a-2020' },
          images: { poster: ['media.trakt.tv/a.jpg'] },
        },
      },
      { progress: 10, paused_at: 'not a date', movie: { title: 'B', ids: { trakt: 6 } } },
      { paused_at: '2026-01-01T10:00:00.000Z', movie: { title: 'C', ids: { trakt: 7 } } },
      { progress: 10, paused_at: '2026-01-01T10:00:00.000Z', movie: { ids: { trakt: 8 } } },
      { progress: 10, paused_at: '2026-01-01T10:00:00.000Z', episode: { season: 1, ids: { trakt: 9 } } },
    ])
    expect(entries).toHaveLength(1)
    // Progress is a percentage: anything past 100 reads as 100.
    expect(entries[0]).toMatchObject({
      progress: 100,
      runtime: 90,
      thumbnail: { urls: ['media.trakt.tv/a.jpg'] },
    })
  })
})
