import { MoviePage } from '@/features/movies/components/movie-page'
import { HideRecommendationButton } from './hide-recommendation'
import { TitleActions } from '@/features/sync/components/title-actions'
import { traktIds } from './trakt-ids'
import { movieQueries } from '@/features/movies/api/movie-queries'
import { slugParam, type PageLoader } from './page-loader'

export function Component() {
  return (
    <MoviePage
      actions={(movie) => {
        const ids = traktIds(movie.ids)
        return (
          ids && (
            <TitleActions
              moreActions={<HideRecommendationButton type="movies" item={{ ids }} />}
              item={{ type: 'movie', ids, title: movie.title, year: movie.year, released: movie.released }}
            />
          )
        )
      }}
    />
  )
}

export const loader: PageLoader = ({ params }, queryClient) => {
  void queryClient.prefetchQuery(movieQueries.detail(slugParam(params)))
  return null
}
