import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { showQueries } from '@/features/shows/api/show-queries'
import { EpisodePage, type EpisodeContext } from '@/features/shows/components/episode-page'
import { TitleActions } from '@/features/sync/components/title-actions'
import { WatchActions } from './watch-actions'
import { traktIds } from './trakt-ids'
import { useHideSpoiler } from './use-hide-spoiler'
import { episodeQueries } from '@/features/shows/api/episode-queries'
import { parseNumberParam } from '@/features/shows/components/params'
import { slugParam, type PageLoader } from './page-loader'

/** The episode's actions need the show's ids and runtime (cached: the episode page loads the show too). */
function EpisodeActions({ showSlug, episode }: EpisodeContext) {
  const show = useQuery(showQueries.detail(showSlug))
  const ids = traktIds(episode.ids)
  const showIds = show.data && traktIds(show.data.ids)
  if (!ids || !show.data || !showIds) return null
  const item = {
    type: 'episode' as const,
    ids,
    title: episode.title ?? `Episode ${episode.number}`,
    first_aired: episode.firstAired,
    show: { ids: showIds, title: show.data.title, season: episode.season, episode: episode.number },
    // An episode without its own runtime runs as long as the show's usual one.
    runtime: episode.runtime ?? show.data.runtime,
  }
  return <TitleActions item={item} moreActions={<WatchActions item={item} />} />
}

export function Component() {
  const { slug = '' } = useParams()
  const hideSpoiler = useHideSpoiler(slug)
  return <EpisodePage hideSpoiler={hideSpoiler} actions={(context) => <EpisodeActions {...context} />} />
}

export const loader: PageLoader = ({ params }, queryClient) => {
  const season = parseNumberParam(params.season)
  const episode = parseNumberParam(params.episode)
  if (season !== null && episode !== null) {
    void queryClient.prefetchQuery(episodeQueries.detail({ slug: slugParam(params), season, episode }))
    void queryClient.prefetchQuery(showQueries.detail(slugParam(params)))
  }
  return null
}
