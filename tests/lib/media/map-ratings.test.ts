import ratings from '../../fixtures/movies_ratings__trakt-r.json'
import seasonRatings from '../../fixtures/shows_season_ratings__trakt-r.json'
import { mapRatings } from '@/lib/media/map-ratings'

describe('mapRatings', () => {
  it('always gives ten buckets', () => {
    const result = mapRatings(ratings)
    expect(result.rating).toBeCloseTo(8.63)
    expect(result.votes).toBe(74203)
    expect(result.distribution.map((b) => b.score)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(result.distribution[9]).toEqual({ score: 10, count: 24086 })
    expect(mapRatings({ rating: null }).distribution.every((b) => b.count === 0)).toBe(true)
  })

  it('reads ratings keyed by source (seasons, extended=all)', () => {
    const result = mapRatings(seasonRatings)
    expect(result.votes).toBe(3048)
    expect(result.distribution[6]).toEqual({ score: 7, count: 2232 })
  })
})
