import { useParams } from 'react-router'
import { ShowPage } from '@/features/shows/components/show-page'
import { HideRecommendationButton } from './hide-recommendation'
import { TitleActions } from '@/features/sync/components/title-actions'
import { traktIds } from './trakt-ids'
import { useHideSpoiler } from './use-hide-spoiler'
import { showQueries } from '@/features/shows/api/show-queries'
import { slugParam, type PageLoader } from './page-loader'

export function Component() {
  const { slug = '' } = useParams()
  const hideSpoiler = useHideSpoiler(slug)
  return (
    <ShowPage
      hideSpoiler={hideSpoiler}
      actions={(show) => {
        const ids = traktIds(show.ids)
        return (
          ids && (
            <TitleActions
              moreActions={<HideRecommendationButton type="shows" item={{ ids }} />}
              item={{ type: 'show', ids, title: show.title, year: show.year, first_aired: show.firstAired }}
            />
          )
        )
      }}
    />
  )
}

export const loader: PageLoader = ({ params }, queryClient) => {
  const slug = slugParam(params)
  void queryClient.prefetchQuery(showQueries.detail(slug))
  // The hero's studios line too: asked only once the details had arrived, it was a second wait (and often the
  // largest text on a phone's first screen).
  void queryClient.prefetchQuery(showQueries.studios(slug))
  return null
}
