import { episodeCode } from '@/lib/media/episode-code'
import { readPlayedItem } from '@/lib/media/played-item'

describe('readPlayedItem', () => {
  it('links a movie by its slug, or by its Trakt id when Trakt sent no slug', () => {
    expect(
      readPlayedItem({ movie: { title: 'Heat', year: 1995, ids: { trakt: 949, slug: 'heat-1995' } } }),
    ).toMatchObject({
      type: 'movie',
      traktId: 949,
      href: '/movies/heat-1995',
      year: 1995,
    })
    expect(readPlayedItem({ movie: { title: 'Heat', ids: { trakt: 949 } } })?.href).toBe('/movies/949')
    expect(readPlayedItem({ movie: { title: 'Heat', ids: {} } })?.href).toBeNull()
  })

  it('names an untitled episode by its number and links it under its show', () => {
    expect(
      readPlayedItem({
        episode: { season: 1, number: 3, ids: { trakt: 62087 } },
        show: { title: 'Breaking Bad', ids: { trakt: 1388, slug: 'breaking-bad' } },
      }),
    ).toMatchObject({
      type: 'episode',
      traktId: 62087,
      title: 'Episode 3',
      code: 'S01E03',
      href: '/shows/breaking-bad/seasons/1/episodes/3',
      show: { title: 'Breaking Bad', href: '/shows/breaking-bad', traktId: 1388 },
    })
  })

  it('reads nothing it could not show: a movie without a title, an episode without its show or place', () => {
    expect(readPlayedItem({ movie: { ids: { trakt: 1 } } })).toBeNull()
    expect(readPlayedItem({ episode: { season: 1, number: 1, title: 'Pilot' } })).toBeNull()
    expect(readPlayedItem({ episode: { season: 1, title: 'Pilot' }, show: { title: 'Lost' } })).toBeNull()
  })
})

describe('episodeCode', () => {
  it('pads season and number to two digits, and keeps longer ones whole', () => {
    expect(episodeCode(0, 1)).toBe('S00E01')
    expect(episodeCode(12, 105)).toBe('S12E105')
  })
})
