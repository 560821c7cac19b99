import { useQuery } from '@tanstack/react-query'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { InlineError } from '@/components/ui/inline-error'
import { Skeleton, pulse } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import { playbackErrors, useRemovePlayback } from '../api/playback-mutations'
import { playbackQueries } from '../api/playback-queries'
import { PlaybackRow } from './playback-row'

type ContinueWatchingProps = {
  /** Only the most recently paused few (a home page row); every paused title when left out. */
  limit?: number
}

function ContinueWatchingSkeleton() {
  return (
    <div role="status" aria-live="polite" className={cn('space-y-3', pulse)}>
      <span className="sr-only">Loading what you paused…</span>
      {Array.from({ length: 3 }, (_, i) => (
        <div key={i} className="flex items-start gap-3 py-3">
          <Skeleton className="h-18 w-20 shrink-0 rounded-card sm:w-24" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-3/5" />
            <Skeleton className="h-1.5 w-48 max-w-full" />
            <Skeleton className="h-3 w-2/5" />
          </div>
        </div>
      ))}
    </div>
  )
}

/**
 * "Continue watching": the signed-in user's paused movies and episodes from `/sync/playback`, paused here with the
 * watch timer or in any other app that scrobbles, with how far in, when, Resume and Remove. Signed-in only: the
 * page around it shows visitors the sign-in prompt.
 */
export function ContinueWatching({ limit }: ContinueWatchingProps) {
  const playback = useQuery(playbackQueries.list(limit))
  const remove = useRemovePlayback(limit)

  if (playback.isPending) return <ContinueWatchingSkeleton />
  if (playback.isError)
    return (
      <ErrorState
        title="Could not load Continue watching"
        message={errorMessage(playback.error)}
        onRetry={() => void playback.refetch()}
        isRetrying={playback.isFetching}
      />
    )
  return (
    <div className="space-y-2">
      <InlineError error={remove.error} prefix={playbackErrors.remove} />
      {playback.data.length === 0 ? (
        <EmptyState
          title="Nothing paused"
          description="When you pause or stop a movie or an episode before its end, with the watch timer on its page or in another app that reports to Trakt, it waits here to be resumed."
        />
      ) : (
        <ul aria-label="Continue watching" className="divide-y divide-line">
          {playback.data.map((entry) => (
            <li key={entry.id ?? `${entry.type}-${entry.traktId}`}>
              <PlaybackRow entry={entry} onRemove={(e) => remove.mutate({ entry: e })} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
