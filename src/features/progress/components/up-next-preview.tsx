import { useMemo, useState } from 'react'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import { useMarkNext } from '../hooks/use-mark-next'
import { useProgressCards } from '../hooks/use-progress-cards'
import { sortCards } from '../lib/progress-cards'
import { DEFAULT_OPTIONS } from '../lib/progress-options'
import { ProgressCard } from './progress-card'

/**
 * The first cards of Up next, most recently watched first, with "mark next episode watched" and its undo: the
 * signed-in home page's glimpse of `/progress`, from the same cached progress (so a play marked on either page
 * shows on both).
 */
export function UpNextPreview({ limit = 4 }: { limit?: number }) {
  const [now] = useState(() => new Date())
  const progress = useProgressCards('watched', DEFAULT_OPTIONS)
  const { onMarkNext, undoBar } = useMarkNext()
  const cards = useMemo(
    () =>
      sortCards(
        progress.cards.filter((card) => card.tab === 'up-next'),
        'recent',
      ).slice(0, limit),
    [progress.cards, limit],
  )
  const list = progress.list
  const isArriving = progress.arrived < progress.total

  if (list.isError && !list.data)
    return (
      <ErrorState
        title="Could not load your progress"
        message={errorMessage(list.error)}
        onRetry={() => void list.refetch()}
        isRetrying={list.isFetching}
      />
    )
  if (cards.length === 0 && (list.isPending || isArriving))
    return (
      <div role="status" className={cn('space-y-3', pulse)}>
        <span className="sr-only">
          {list.data ? `${progress.arrived} of ${progress.total} shows` : 'Loading your progress…'}
        </span>
        {Array.from({ length: 2 }, (_, i) => (
          <Skeleton key={i} className="h-40 w-full rounded-card" />
        ))}
      </div>
    )
  if (cards.length === 0)
    return (
      <EmptyState
        title="Nothing in progress"
        description="Shows you have started and not finished show up here."
      />
    )
  return (
    <>
      <ul aria-label="Up next" className="space-y-3">
        {cards.map((card) => (
          <li key={card.show.ids.trakt}>
            <ProgressCard card={card} mode="watched" now={now} onMarkNext={onMarkNext} />
          </li>
        ))}
      </ul>
      {undoBar}
    </>
  )
}
