import { Suspense } from 'react'
import { CheckInControl } from '@/features/checkin/components/check-in-control'
import type { TitleItem } from '@/features/sync/components/title-actions'
import { HideRecommendationButton } from './hide-recommendation'

export type WatchActionsProps = {
  /** The title actions' item, with its runtime in minutes when Trakt knows it. */
  item: Extract<TitleItem, { type: 'movie' | 'episode' }> & { runtime: number | null }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** `Breaking Bad S01E02 “Cat's in the Bag...”` for an episode, the title for a movie. */
function displayTitle(item: WatchActionsProps['item']): string {
  if (item.type === 'movie') return item.title
  const code = `S${pad(item.show.season)}E${pad(item.show.episode)}`
  return item.show.title ? `${item.show.title} ${code} “${item.title}”` : `${code} “${item.title}”`
}

/**
 * What a signed-in user can do while watching a movie or an episode: check in (checkin). A movie's "Hide from
 * recommendations" is asked from here, so the movie's route chunk names one lazy chunk, as it did before.
 */
export function WatchActionsPanel({ item }: WatchActionsProps) {
  const ids = { trakt: item.ids.trakt }
  return (
    <>
      <CheckInControl item={{ type: item.type, ids, title: displayTitle(item) }} />
      {item.type === 'movie' ? (
        <Suspense fallback={null}>
          <HideRecommendationButton type="movies" item={{ ids }} />
        </Suspense>
      ) : null}
    </>
  )
}
