import { useParams } from 'react-router'
import { ShowPage } from '@/features/shows/components/show-page'
import { HideRecommendationButton } from '@/features/recommendations/components/hide-recommendation-button'
import { TitleActions } from '@/features/sync/components/title-actions'
import { traktIds } from './trakt-ids'
import { useHideSpoiler } from './use-hide-spoiler'

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
