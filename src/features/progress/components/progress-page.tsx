import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { Skeleton, pulse } from '@/components/ui/skeleton'
import { Tabs } from '@/components/ui/tabs'
import { useSession } from '@/lib/auth/session'
import { cn } from '@/lib/cn'
import { pushNotice } from '@/lib/notices'
import { errorMessage } from '@/lib/trakt/errors'
import { useHideShow, useUnhideShow } from '../api/progress-mutations'
import { hiddenSectionOf } from '../api/progress-queries'
import { useMarkNext } from '../hooks/use-mark-next'
import { useProgressCards } from '../hooks/use-progress-cards'
import { sortCards, type ProgressCard as Card } from '../lib/progress-cards'
import {
  PROGRESS_TABS,
  viewFromSearchParams,
  writeView,
  type ProgressTab,
  type ProgressView,
} from '../lib/progress-options'
import { ProgressCard } from './progress-card'
import { ProgressList } from './progress-list'
import { ProgressToolbar } from './progress-toolbar'

/** `/progress`: the signed-in user's shows, what to watch (or collect) next, and how far they are. */
export function ProgressPage() {
  const session = useSession()
  return (
    <>
      <PageHeader title="Progress" description="Up next in the shows you watch." />
      {session.status === 'signed-in' ? <OwnProgress /> : <SignInPrompt what="your progress" />}
    </>
  )
}

function ProgressSkeleton() {
  return (
    <div role="status" className={cn('grid gap-3 md:grid-cols-2', pulse)}>
      <span className="sr-only">Loading your progress…</span>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="flex h-60 gap-3 rounded-card border border-line p-3">
          <Skeleton className="h-24 w-16 shrink-0 rounded-card sm:w-20" />
          <div className="flex-1 space-y-2">
            <Skeleton className="h-4 w-3/5" />
            <Skeleton className="h-3 w-2/5" />
            <Skeleton className="h-2 w-full" />
          </div>
        </div>
      ))}
    </div>
  )
}

function useProgressView() {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = searchParams.toString()
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the params' identity
  const view = useMemo(() => viewFromSearchParams(searchParams), [search])
  const setView = (next: ProgressView) =>
    setSearchParams(writeView(searchParams, next), { replace: true, preventScrollReset: true })
  return [view, setView] as const
}

const TAB_LABELS: Record<ProgressTab, string> = {
  'up-next': 'Up next',
  'not-started': 'Not started',
  completed: 'Completed',
  hidden: 'Hidden',
}

const EMPTY_TABS: Record<ProgressTab, { title: string; description: string }> = {
  'up-next': {
    title: 'Nothing in progress',
    description: 'Shows you have started and not finished show up here.',
  },
  'not-started': {
    title: 'No shows waiting',
    description: 'Shows on your watchlist that you have not started show up here.',
  },
  completed: {
    title: 'Nothing completed yet',
    description: 'Shows whose every aired episode you have seen.',
  },
  hidden: { title: 'Nothing hidden', description: 'Shows you hide from progress (or drop) wait here.' },
}

function OwnProgress() {
  const [view, setView] = useProgressView()
  const [now] = useState(() => new Date())
  const progress = useProgressCards(view.mode, view.options)
  const { onMarkNext, undoBar } = useMarkNext()
  const hide = useHideShow()
  const unhide = useUnhideShow()

  const byTab = useMemo(() => {
    const groups: Record<ProgressTab, Card[]> = {
      'up-next': [],
      'not-started': [],
      completed: [],
      hidden: [],
    }
    for (const card of progress.cards) if (card.tab) groups[card.tab].push(card)
    for (const tab of PROGRESS_TABS) groups[tab] = sortCards(groups[tab], view.sort)
    return groups
  }, [progress.cards, view.sort])

  const onHide = (card: Card) => {
    hide.mutate({ show: card.show, section: hiddenSectionOf(view.mode) })
    pushNotice({ kind: 'success', message: `${card.show.title} is hidden from your progress.` })
  }
  const onUnhide = (card: Card) =>
    unhide.mutate({ show: card.show, section: card.isDropped ? 'dropped' : hiddenSectionOf(view.mode) })

  const list = progress.list
  let body
  if (list.isPending) body = <ProgressSkeleton />
  else if (list.isError && !list.data)
    body = (
      <ErrorState
        title="Could not load your progress"
        message={errorMessage(list.error)}
        onRetry={() => void list.refetch()}
        isRetrying={list.isFetching}
      />
    )
  else if (progress.cards.length === 0 && !progress.isNotStartedPending)
    body = (
      <EmptyState
        title={view.mode === 'watched' ? 'No shows watched yet' : 'No shows collected yet'}
        description="Mark an episode as watched on a show’s page, and its progress shows up here."
      />
    )
  else
    body = (
      <Tabs
        label="Shows by progress"
        value={view.tab}
        onValueChange={(tab) => setView({ ...view, tab })}
        items={PROGRESS_TABS.map((tab) => ({
          value: tab,
          label: `${TAB_LABELS[tab]} ${byTab[tab].length}`,
          panel:
            byTab[tab].length === 0 ? (
              <EmptyState {...EMPTY_TABS[tab]} />
            ) : (
              <ProgressList
                label={TAB_LABELS[tab]}
                cards={byTab[tab]}
                renderCard={(card) => (
                  <ProgressCard
                    card={card}
                    mode={view.mode}
                    now={now}
                    onMarkNext={view.mode === 'watched' && tab === 'up-next' ? onMarkNext : undefined}
                    onHide={tab === 'up-next' || tab === 'completed' ? onHide : undefined}
                    onUnhide={tab === 'hidden' ? onUnhide : undefined}
                  />
                )}
              />
            ),
        }))}
      />
    )

  const isLoading = progress.arrived < progress.total
  return (
    <div>
      <ProgressToolbar view={view} onChange={setView} />
      {list.data ? (
        <div className="mb-3 flex flex-wrap items-center gap-3 text-sm text-muted">
          <p role="status" aria-live="polite">
            {isLoading
              ? `${progress.arrived} of ${progress.total} shows`
              : progress.total === 1
                ? '1 show'
                : `${progress.total} shows`}
          </p>
          {!isLoading && progress.failed > 0 ? (
            <p role="alert" className="flex items-center gap-2">
              {progress.failed === 1 ? '1 show' : `${progress.failed} shows`} could not load.
              <Button size="sm" variant="secondary" onClick={progress.retryFailed}>
                Retry
              </Button>
            </p>
          ) : null}
        </div>
      ) : null}
      {body}
      {undoBar}
    </div>
  )
}
