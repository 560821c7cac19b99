import { MoviePage } from '@/features/movies/components/movie-page'
import { HideRecommendationButton } from '@/features/recommendations/components/hide-recommendation-button'
import { TitleActions } from '@/features/sync/components/title-actions'
import { traktIds } from './trakt-ids'

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
