import { useId, type ReactNode } from 'react'
import type { UseQueryResult } from '@tanstack/react-query'
import { Button } from '@/components/ui/button'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'

type TitleSectionProps = {
  title: ReactNode
  id?: string
  /** Extra content beside the heading (a count, a link). */
  aside?: ReactNode
  className?: string
  children: ReactNode
}

/** A page section with its own h2 (`aria-labelledby`), so every block is a landmark with a name. */
export function TitleSection({ title, id, aside, className, children }: TitleSectionProps) {
  const headingId = useId()
  return (
    <section id={id} aria-labelledby={headingId} className={cn('min-w-0 scroll-mt-20 space-y-3', className)}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold sm:text-xl">
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  )
}

type QuerySectionProps<T> = Omit<TitleSectionProps, 'children'> & {
  query: UseQueryResult<T>
  /** What a "nothing here" answer looks like for this section; such sections say so in a line. */
  isEmpty?: (data: T) => boolean
  emptyText?: string
  /** Classes of the loading placeholder, sized like the loaded content. */
  skeletonClassName?: string
  children: (data: T) => ReactNode
}

/** A section fed by its own query: it loads and fails on its own, so one broken block never takes the page down. */
export function QuerySection<T>({
  query,
  isEmpty,
  emptyText = 'Nothing here yet.',
  skeletonClassName,
  children,
  ...section
}: QuerySectionProps<T>) {
  let body: ReactNode
  if (query.isPending) {
    body = (
      <div aria-busy="true" className={pulse}>
        <span className="sr-only">Loading…</span>
        <Skeleton className={cn('h-24 w-full', skeletonClassName)} />
      </div>
    )
  } else if (query.isError) {
    body = (
      <InlineError error={query.error} onRetry={() => void query.refetch()} isRetrying={query.isFetching} />
    )
  } else if (isEmpty?.(query.data)) {
    body = <p className="text-sm text-muted">{emptyText}</p>
  } else {
    body = children(query.data)
  }
  return <TitleSection {...section}>{body}</TitleSection>
}

/** A small failure notice with a Retry, for one section of a page. */
export function InlineError({
  error,
  onRetry,
  isRetrying,
}: {
  error: unknown
  onRetry: () => void
  isRetrying?: boolean
}) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-center gap-3 rounded-card border border-line bg-surface px-4 py-3 text-sm"
    >
      <p className="text-danger">Could not load this section. {errorMessage(error)}</p>
      <Button variant="secondary" size="sm" onClick={onRetry} isLoading={isRetrying}>
        Retry
      </Button>
    </div>
  )
}
