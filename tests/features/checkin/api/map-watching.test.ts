import { mapWatching, watchingName } from '@/features/checkin/api/map-watching'
import { readFixture } from '../../../support/fixtures'

describe('mapWatching (real Trakt bodies)', () => {
  it('maps an episode being watched, with its show, code, page and times', () => {
    const watching = mapWatching(readFixture('users_watching__traktkit.json'))
    expect(watching).toEqual({
      action: 'watching',
      startedAt: '2014-10-23T06:44:02.000Z',
      expiresAt: '2014-10-23T09:00:35.000Z',
      type: 'episode',
      traktId: 251,
      title: 'Pawnee Zoo',
      href: '/shows/parks-and-recreation/seasons/2/episodes/1',
      year: null,
      show: { title: 'Parks and Recreation', href: '/shows/parks-and-recreation', traktId: 4 },
      code: 'S02E01',
      runtime: null,
      thumbnail: { kind: 'still', urls: [] },
    })
    expect(watchingName(watching!)).toBe('Parks and Recreation S02E01 “Pawnee Zoo”')
  })

  it('maps a movie check-in, and reads nothing (a 204) or an unusable body as not watching', () => {
    expect(
      mapWatching({
        expires_at: '2026-11-26T14:00:00.000Z',
        started_at: '2026-11-26T12:00:00.000Z',
        action: 'checkin',
        type: 'movie',
        movie: { title: 'TRON: Legacy', year: 2010, ids: { trakt: 12601, slug: 'tron-legacy-2010' } },
      }),
    ).toMatchObject({ action: 'checkin', type: 'movie', traktId: 12601, href: '/movies/tron-legacy-2010' })
    expect(mapWatching(undefined)).toBeNull()
    expect(mapWatching({ action: 'checkin', movie: { title: 'No expiry' } })).toBeNull()
    expect(mapWatching({ expires_at: '2026-11-26T14:00:00.000Z', movie: { ids: { trakt: 1 } } })).toBeNull()
  })
})
