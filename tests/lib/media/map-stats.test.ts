import stats from '../../fixtures/movies_stats__trakt-r.json'
import { mapStats } from '@/lib/media/map-stats'

describe('mapStats', () => {
  it('reads stats, leaving fields Trakt omits as null', () => {
    expect(mapStats(stats)).toMatchObject({ watchers: 299366, plays: 384812, collectedEpisodes: null })
  })
})
