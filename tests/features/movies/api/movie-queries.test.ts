import { movieQueries } from '@/features/movies/api/movie-queries'
import { titleQueries } from '@/lib/media/title-queries'
import { staleTime } from '@/lib/stale'

describe('movieQueries', () => {
  it('uses keys from general to specific and the freshness table', () => {
    expect(movieQueries.detail('tron').queryKey).toEqual(['movies', 'detail', 'tron'])
    expect(movieQueries.releases('tron').queryKey).toEqual(['movies', 'releases', 'tron'])
    expect(movieQueries.studios('tron').queryKey).toEqual(['movies', 'studios', 'tron'])
    expect(movieQueries.detail('tron').staleTime).toBe(staleTime.summary)
    expect(titleQueries('movies').people('tron').staleTime).toBe(staleTime.summary)
    expect(titleQueries('movies').ratings('tron').staleTime).toBe(staleTime.social)
    expect(titleQueries('movies').lists('tron').staleTime).toBe(staleTime.social)
    expect(titleQueries('movies').watching('tron').staleTime).toBe(staleTime.live)
  })
})
