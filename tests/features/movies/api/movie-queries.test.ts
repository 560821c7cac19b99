import { movieQueries } from '@/features/movies/api/movie-queries'
import { staleTime } from '@/lib/stale'

describe('movieQueries', () => {
  it('uses keys from general to specific and the freshness table', () => {
    expect(movieQueries.detail('tron').queryKey).toEqual(['movies', 'detail', 'tron'])
    expect(movieQueries.releases('tron').queryKey).toEqual(['movies', 'releases', 'tron'])
    expect(movieQueries.detail('tron').staleTime).toBe(staleTime.summary)
    expect(movieQueries.people('tron').staleTime).toBe(staleTime.summary)
    expect(movieQueries.ratings('tron').staleTime).toBe(staleTime.social)
    expect(movieQueries.lists('tron').staleTime).toBe(staleTime.social)
    expect(movieQueries.watching('tron').staleTime).toBe(staleTime.live)
  })
})
