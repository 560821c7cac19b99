import { episodeQueries } from '@/features/shows/api/episode-queries'
import { seasonQueries } from '@/features/shows/api/season-queries'
import { showQueries } from '@/features/shows/api/show-queries'
import { titleQueries } from '@/lib/media/title-queries'
import { staleTime } from '@/lib/stale'

describe('show, season and episode queries', () => {
  it('share the shows key root and the freshness table', () => {
    expect(showQueries.detail('bb').queryKey).toEqual(['shows', 'detail', 'bb'])
    expect(seasonQueries.episodes('bb', 2).queryKey).toEqual(['shows', 'seasons', 'episodes', 'bb', 2])
    expect(episodeQueries.detail({ slug: 'bb', season: 1, episode: 3 }).queryKey).toEqual([
      'shows',
      'episodes',
      'detail',
      'bb',
      1,
      3,
    ])
    expect(showQueries.studios('bb').queryKey).toEqual(['shows', 'studios', 'bb'])
    expect(titleQueries('shows').people('bb').queryKey).toEqual(['shows', 'people', 'bb'])
    expect(titleQueries('shows').people('bb').staleTime).toBe(staleTime.summary)
    expect(seasonQueries.ratings('bb', 1).staleTime).toBe(staleTime.social)
    expect(episodeQueries.watching({ slug: 'bb', season: 1, episode: 3 }).staleTime).toBe(staleTime.live)
  })
})
