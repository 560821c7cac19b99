import { Suspense } from 'react'
import { useLocation } from 'react-router'
import { CheckInControl } from '@/features/checkin/components/check-in-control'
import { usePausedPosition } from '@/features/playback/hooks/use-paused-position'
import type { TimerItem } from '@/features/scrobble/lib/watch-timer'
import { WatchTimerControl } from '@/features/scrobble/components/watch-timer-control'
import type { TitleItem } from '@/features/sync/components/title-actions'
import { HideRecommendationButton } from './hide-recommendation'

export type WatchActionsProps = {
  /** The title actions' item, with its runtime in minutes when Trakt knows it (the timer asks otherwise). */
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
 * What a signed-in user can do while watching a movie or an episode, composed from three features: check in
 * (checkin), the watch timer (scrobble), resuming where Trakt has it paused (playback). A movie's "Hide from
 * recommendations" is asked from here, so the movie's route chunk names one lazy chunk, as it did before.
 */
export function WatchActionsPanel({ item }: WatchActionsProps) {
  const { pathname } = useLocation()
  const resumeFrom = usePausedPosition({ type: item.type, traktId: item.ids.trakt })
  const ids = { trakt: item.ids.trakt }
  const title = displayTitle(item)
  // A movie's scrobble body carries its year (the contract requires it); one without a year is not out yet.
  const timerItem: TimerItem | null =
    item.type === 'episode'
      ? { type: 'episode', ids, title, path: pathname }
      : typeof item.year === 'number'
        ? { type: 'movie', ids, title, year: item.year, path: pathname }
        : null
  return (
    <>
      <CheckInControl item={{ type: item.type, ids, title }} />
      {timerItem ? (
        <WatchTimerControl item={timerItem} runtime={item.runtime} resumeFrom={resumeFrom} />
      ) : null}
      {item.type === 'movie' ? (
        <Suspense fallback={null}>
          <HideRecommendationButton type="movies" item={{ ids }} />
        </Suspense>
      ) : null}
    </>
  )
}
