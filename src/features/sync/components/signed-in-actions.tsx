import { Suspense, useState, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { formatDate } from '@/lib/dates'
import type { TitleItem } from '../api/sync-item'
import {
  useAddToCollection,
  useAddToWatchlist,
  useHideItem,
  useMarkWatched,
  useRateItem,
  useRemoveFromCollection,
  useRemoveFromWatchlist,
  useRemovePlays,
  useRemoveRating,
  syncErrors,
  type HideSection,
} from '../api/sync-mutations'
import {
  useListMemberships,
  useTitleState,
  type ListMembership,
  type TitleState,
} from '../hooks/use-title-state'
import { CollectionDialog } from './collection-dialog'
import { InlineError } from './inline-error'
import { ListsDialog } from './lists-dialog'
import { MarkWatchedDialog } from './mark-watched-dialog'
import { RatingPicker, ratingLabel } from './rating-picker'
import { RemovePlaysDialog } from './remove-plays-dialog'

export type TitleActionsProps = {
  item: TitleItem
  /**
   * Actions of other features for this title (the route composes them: check-in and the watch timer, hide from
   * recommendations), shown with the hide buttons.
   */
  moreActions?: ReactNode
}

/** What the signed-in user can do with the title: a chunk of its own, which a signed-out first visit never loads. */
export function SignedInActions({ item, moreActions }: TitleActionsProps) {
  const state = useTitleState(item)
  const [isListsOpen, setIsListsOpen] = useState(false)
  // Known once the lists dialog has been opened (it costs a request per list).
  const lists = useListMemberships(item, isListsOpen)
  return (
    <section aria-label="Your actions" className="space-y-4">
      <StateSummary item={item} state={state} lists={lists} />
      <div className="flex flex-wrap items-start gap-3">
        <WatchlistControl item={item} isInWatchlist={state.isInWatchlist} />
        <WatchedControl item={item} plays={state.watched?.plays ?? 0} />
        <CollectionControl item={item} isInCollection={state.isInCollection} />
        <ListsControl item={item} lists={lists} isOpen={isListsOpen} onOpenChange={setIsListsOpen} />
      </div>
      <RatingControl item={item} rating={state.rating} />
      {item.type === 'show' || moreActions ? (
        <div className="flex flex-wrap gap-3">
          {/* Another feature's chunk: the rest of the actions do not wait for it. */}
          <Suspense fallback={null}>{moreActions}</Suspense>
          {item.type === 'show' ? <HideControls item={item} /> : null}
        </div>
      ) : null}
    </section>
  )
}

function StateSummary({
  item,
  state,
  lists,
}: {
  item: TitleItem
  state: TitleState
  lists: ListMembership[] | undefined
}) {
  const lines: string[] = []
  if (state.isInWatchlist) lines.push('In your watchlist')
  const watched = state.watched
  if (watched && watched.plays > 0) {
    const last = watched.lastWatchedAt ? `, last on ${formatDate(watched.lastWatchedAt)}` : ''
    if (item.type === 'show' || item.type === 'season') {
      const episodes = watched.episodes === 1 ? '1 episode' : `${watched.episodes} episodes`
      lines.push(
        watched.episodes > 0 ? `Watched ${episodes}${last}` : `Watched ${watched.plays} times${last}`,
      )
    } else {
      lines.push(`Watched ${watched.plays === 1 ? 'once' : `${watched.plays} times`}${last}`)
    }
  }
  if (state.rating) lines.push(`Your rating: ${state.rating}`)
  if (state.isInCollection) lines.push('In your collection')
  const onLists = lists?.filter((m) => m.contains).map((m) => m.list.name) ?? []
  if (onLists.length > 0) lines.push(`On lists: ${onLists.join(', ')}`)
  if (lines.length === 0) return null
  return (
    <ul aria-label="Your status" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}

function WatchlistControl({ item, isInWatchlist }: { item: TitleItem; isInWatchlist: boolean | undefined }) {
  const add = useAddToWatchlist()
  const remove = useRemoveFromWatchlist()
  return (
    <div className="space-y-1">
      <Button
        variant={isInWatchlist ? 'secondary' : 'primary'}
        disabled={isInWatchlist === undefined}
        onClick={() => (isInWatchlist ? remove.mutate({ item }) : add.mutate({ item }))}
      >
        {isInWatchlist ? 'Remove from watchlist' : 'Add to watchlist'}
      </Button>
      <InlineError error={add.error} prefix={syncErrors.addToWatchlist} />
      <InlineError error={remove.error} prefix={syncErrors.removeFromWatchlist} />
    </div>
  )
}

function WatchedControl({ item, plays }: { item: TitleItem; plays: number }) {
  const [dialog, setDialog] = useState<'mark' | 'remove' | null>(null)
  const mark = useMarkWatched()
  const remove = useRemovePlays()
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => setDialog('mark')}>
          Mark as watched…
        </Button>
        {plays > 0 ? (
          <Button variant="ghost" onClick={() => setDialog('remove')}>
            Remove plays…
          </Button>
        ) : null}
      </div>
      <InlineError error={mark.error} prefix={syncErrors.markWatched} />
      <InlineError error={remove.error} prefix={syncErrors.removePlays} />
      <MarkWatchedDialog
        item={item}
        open={dialog === 'mark'}
        onOpenChange={(open) => setDialog(open ? 'mark' : null)}
        onSubmit={(vars) => mark.mutate(vars)}
      />
      <RemovePlaysDialog
        item={item}
        open={dialog === 'remove'}
        onOpenChange={(open) => setDialog(open ? 'remove' : null)}
        onRemove={(vars) => remove.mutate(vars)}
      />
    </div>
  )
}

function CollectionControl({
  item,
  isInCollection,
}: {
  item: TitleItem
  isInCollection: boolean | undefined
}) {
  const [isOpen, setIsOpen] = useState(false)
  const add = useAddToCollection()
  const remove = useRemoveFromCollection()
  return (
    <div className="space-y-1">
      {isInCollection ? (
        <Button variant="secondary" onClick={() => remove.mutate({ item })}>
          Remove from collection
        </Button>
      ) : (
        <Button variant="secondary" disabled={isInCollection === undefined} onClick={() => setIsOpen(true)}>
          Add to collection…
        </Button>
      )}
      <InlineError error={add.error} prefix={syncErrors.addToCollection} />
      <InlineError error={remove.error} prefix={syncErrors.removeFromCollection} />
      <CollectionDialog
        title={item.title}
        open={isOpen}
        onOpenChange={setIsOpen}
        onSubmit={(metadata) => add.mutate({ item, metadata })}
      />
    </div>
  )
}

type ListsControlProps = {
  item: TitleItem
  lists: ListMembership[] | undefined
  isOpen: boolean
  onOpenChange: (open: boolean) => void
}

function ListsControl({ item, lists, isOpen, onOpenChange }: ListsControlProps) {
  return (
    <div>
      <Button variant="secondary" onClick={() => onOpenChange(true)}>
        Lists…
      </Button>
      <ListsDialog item={item} lists={lists} open={isOpen} onOpenChange={onOpenChange} />
    </div>
  )
}

function RatingControl({ item, rating }: { item: TitleItem; rating: number | null | undefined }) {
  const rate = useRateItem()
  const remove = useRemoveRating()
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-3">
        <RatingPicker
          value={rating}
          disabled={rating === undefined}
          onRate={(value) => rate.mutate({ item, rating: value })}
        />
        {rating ? (
          <span className="text-sm text-muted" aria-hidden="true">
            {ratingLabel(rating)}
          </span>
        ) : null}
        {rating ? (
          <Button size="sm" variant="ghost" onClick={() => remove.mutate({ item })}>
            Remove rating
          </Button>
        ) : null}
      </div>
      <InlineError error={rate.error} prefix={syncErrors.rate} />
      <InlineError error={remove.error} prefix={syncErrors.removeRating} />
    </div>
  )
}

const HIDE_LABELS: Record<HideSection, { action: string; done: string }> = {
  calendar: { action: 'Hide from calendar', done: 'Hidden from your calendar.' },
  progress_watched: { action: 'Hide from progress', done: 'Hidden from your progress.' },
}

const HIDE_SECTIONS: HideSection[] = ['calendar', 'progress_watched']

function HideControls({ item }: { item: TitleItem }) {
  return HIDE_SECTIONS.map((section) => <HideButton key={section} item={item} section={section} />)
}

function HideButton({ item, section }: { item: TitleItem; section: HideSection }) {
  const hide = useHideItem(section)
  const labels = HIDE_LABELS[section]
  return (
    <div className="space-y-1">
      {hide.isSuccess ? (
        <p role="status" className="text-sm text-muted">
          {labels.done}
        </p>
      ) : (
        <Button size="sm" variant="ghost" isLoading={hide.isPending} onClick={() => hide.mutate({ item })}>
          {labels.action}
        </Button>
      )}
      <InlineError error={hide.error} prefix={syncErrors.hide[section]} />
    </div>
  )
}
