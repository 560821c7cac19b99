import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { showQueries } from '@/features/shows/api/show-queries'
import { SeasonPage, type SeasonContext } from '@/features/shows/components/season-page'
import { TitleActions } from '@/features/sync/components/title-actions'
import { traktIds } from './trakt-ids'
import { useHideSpoiler } from './use-hide-spoiler'
import { seasonQueries } from '@/features/shows/api/season-queries'
import { parseNumberParam } from '@/features/shows/components/params'
import { slugParam, type PageLoader } from './page-loader'

/** The season's actions need the show's ids (cached: the season page loads the show too). */
function SeasonActions({ showSlug, season }: SeasonContext) {
  const show = useQuery(showQueries.detail(showSlug))
  const ids = traktIds(season.ids)
  const showIds = show.data && traktIds(show.data.ids)
  if (!ids || !show.data || !showIds) return null
  return (
    <TitleActions
      item={{
        type: 'season',
        ids,
        title: season.title ?? `Season ${season.number}`,
        first_aired: season.firstAired,
        show: { ids: showIds, title: show.data.title, season: season.number },
      }}
    />
  )
}

export function Component() {
  const { slug = '' } = useParams()
  const hideSpoiler = useHideSpoiler(slug)
  return <SeasonPage hideSpoiler={hideSpoiler} actions={(context) => <SeasonActions {...context} />} />
}

export const loader: PageLoader = ({ params }, queryClient) => {
  const season = parseNumberParam(params.season)
  if (season !== null) {
    void queryClient.prefetchQuery(seasonQueries.info(slugParam(params), season))
    // The season's hero shows the show's title and fanart.
    void queryClient.prefetchQuery(showQueries.detail(slugParam(params)))
  }
  return null
}
