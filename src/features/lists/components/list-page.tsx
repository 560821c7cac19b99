import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { LoadMore } from '@/components/ui/load-more'
import { Poster } from '@/components/ui/poster'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { TitleQueryFallback } from '@/components/title/page-states'
import { errorMessage } from '@/lib/trakt/errors'
import { useDocumentTitle } from '@/lib/use-document-title'
import { listQueries } from '../api/list-queries'
import type { ListEntry, ListSummary } from '../api/map-list'
import { formatCount } from '@/lib/media/format'

const gridClasses =
  'grid grid-cols-2 gap-x-3 gap-y-5 min-[480px]:grid-cols-3 sm:grid-cols-4 xl:grid-cols-5 2xl:grid-cols-6'

/** `/lists/:id` — a list by its Trakt id (trakt.tv's address for official lists): what it is, then its items. */
export function ListPage() {
  const { id = '' } = useParams()
  // The route's loader has already asked (and asks again on every visit): a failure it met is shown, not re-sent.
  const list = useQuery(listQueries.detail(id))
  useDocumentTitle(list.data?.name)

  if (!list.isSuccess) return <TitleQueryFallback query={list} noun="list" />
  return (
    <article className="space-y-8 pb-12">
      <ListHeader list={list.data} />
      <ListItems id={id} name={list.data.name} />
    </article>
  )
}

function ListHeader({ list }: { list: ListSummary }) {
  const facts = [
    list.owner ? null : 'Official list',
    list.itemCount === null
      ? null
      : `${formatCount(list.itemCount)} ${list.itemCount === 1 ? 'item' : 'items'}`,
    list.likes === null ? null : `${formatCount(list.likes)} ${list.likes === 1 ? 'like' : 'likes'}`,
  ].filter((fact): fact is string => fact !== null)
  return (
    <header className="space-y-3">
      <h1
        tabIndex={-1}
        className="text-2xl font-bold tracking-tight break-words focus:outline-none sm:text-3xl"
      >
        {list.name}
      </h1>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
        {list.owner ? (
          <span>
            by{' '}
            <Link
              to={`/users/${encodeURIComponent(list.owner)}`}
              className="underline underline-offset-2 hover:text-fg"
            >
              {list.owner}
            </Link>
          </span>
        ) : null}
        {facts.map((fact) => (
          <span key={fact}>{fact}</span>
        ))}
      </p>
      {list.description ? (
        <p className="max-w-prose whitespace-pre-line break-words leading-relaxed">{list.description}</p>
      ) : null}
    </header>
  )
}

function ListItems({ id, name }: { id: string; name: string }) {
  const query = useInfiniteQuery(listQueries.items(id))
  const entries = useMemo(() => {
    const seen = new Set<number>()
    return (query.data?.pages ?? [])
      .flatMap((page) => page.items)
      .filter((e) => !seen.has(e.id) && (seen.add(e.id), true))
  }, [query.data])

  let body
  if (query.isPending) body = <ItemsSkeleton />
  else if (query.isError && entries.length === 0)
    body = (
      <ErrorState
        title="Could not load the items of this list"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isRefetching}
      />
    )
  else if (entries.length === 0)
    body = <EmptyState title="This list is empty" description="Nothing has been added to it yet." />
  else
    body = (
      <>
        <ul aria-label={`Items in ${name}`} className={gridClasses}>
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntryCard entry={entry} />
            </li>
          ))}
        </ul>
        <LoadMore query={query} label="Load more items" />
      </>
    )

  return (
    <section aria-labelledby="list-items" className="space-y-4">
      <h2 id="list-items" className="text-xl font-bold">
        Items
      </h2>
      {body}
    </section>
  )
}

/** A poster card linking to the item's page. */
function EntryCard({ entry }: { entry: ListEntry }) {
  return (
    <article className="relative flex flex-col gap-1.5">
      <Poster images={entry.images} size="thumb" title={entry.title} decorative />
      <h3 className="line-clamp-2 text-sm font-medium leading-snug break-words">
        <Link
          to={entry.href}
          className="rounded-sm after:absolute after:inset-0 after:rounded-card hover:underline focus-visible:outline-none focus-visible:after:outline-2 focus-visible:after:outline-offset-2 focus-visible:after:outline-accent"
        >
          {entry.title}
        </Link>
      </h3>
      {entry.subtitle ? <p className="line-clamp-1 text-xs text-muted">{entry.subtitle}</p> : null}
    </article>
  )
}

function ItemsSkeleton() {
  return (
    <div role="status" aria-label="Loading the list’s items" className={cn(gridClasses, pulse)}>
      {Array.from({ length: 12 }, (_, i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="aspect-poster w-full rounded-card" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      ))}
    </div>
  )
}
