import { MoviePage } from '@/features/movies/components/movie-page'
import { TitleActions } from '@/features/sync/components/title-actions'
import { WatchActions } from './watch-actions'
import { traktIds } from './trakt-ids'
import { movieQueries } from '@/features/movies/api/movie-queries'
import { slugParam, type PageLoader } from './page-loader'

export function Component() {
  return (
    <MoviePage
      actions={(movie) => {
        const ids = traktIds(movie.ids)
        if (!ids) return null
        const { title, year, released, runtime } = movie
        const item = { type: 'movie' as const, ids, title, year, released, runtime }
        return <TitleActions moreActions={<WatchActions item={item} />} item={item} />
      }}
    />
  )
}

export const loader: PageLoader = ({ params }, queryClient) => {
  const slug = slugParam(params)
  void queryClient.prefetchQuery(movieQueries.detail(slug))
  // The hero's studios line too: asked only once the details had arrived, it was a second wait (and often the
  // largest text on a phone's first screen).
  void queryClient.prefetchQuery(movieQueries.studios(slug))
  return null
}
