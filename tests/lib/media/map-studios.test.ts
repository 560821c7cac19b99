import studiosBody from '../../fixtures/movies_studios__traktkit.json'
import { mapStudios } from '@/lib/media/map-studios'

describe('mapStudios', () => {
  it('reads names, countries and ids in Trakt order and drops nameless entries', () => {
    const studios = mapStudios([...(studiosBody as unknown[]), { name: '', ids: {} }])
    expect(studios.map((studio) => studio.name).slice(0, 2)).toEqual([
      '20th Century Fox',
      'Marvel Entertainment',
    ])
    expect(studios[0]).toMatchObject({
      country: 'us',
      ids: { trakt: 20, slug: '20th-century-fox', tmdb: 25 },
    })
    expect(studios).toHaveLength((studiosBody as unknown[]).length)
  })
})
