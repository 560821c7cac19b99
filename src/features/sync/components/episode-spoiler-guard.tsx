import type { ReactNode } from 'react'
import { SpoilerGuard } from '@/lib/spoiler-guard'
import { useSpoilerShield } from '@/lib/spoilers'
import type { TraktIds } from '../api/sync-item'
import { episodeCode } from '../api/aired-episodes'
import { useIsEpisodeWatched } from '../hooks/use-title-state'

type EpisodeSpoilerGuardProps = {
  showIds: Pick<TraktIds, 'trakt'>
  season: number
  number: number
  /** What is hidden, e.g. "title, still and overview"; the episode code is added. */
  what?: string
  children: ReactNode
}

/** Blurs an episode's spoilers while the shield is on and the signed-in user has not watched it. */
export function EpisodeSpoilerGuard({
  showIds,
  season,
  number,
  what = 'Title, still and overview',
  children,
}: EpisodeSpoilerGuardProps) {
  const { enabled } = useSpoilerShield()
  const isWatched = useIsEpisodeWatched(showIds, season, number)
  return (
    <SpoilerGuard hidden={enabled && !isWatched} label={`${what} of ${episodeCode({ season, number })}`}>
      {children}
    </SpoilerGuard>
  )
}
