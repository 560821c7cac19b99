import { useId, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorState } from '@/components/ui/error-state'
import { Skeleton } from '@/components/ui/skeleton'
import { errorMessage } from '@/lib/trakt/errors'
import { useInView } from '../lib/use-in-view'

type RailProps = {
  title: string
  seeAllHref: string
  /** Renders the rail's content once it is near the viewport. */
  children: (isInView: boolean) => ReactNode
}

/** A titled horizontal rail with a "See all" link; content is mounted lazily as it scrolls near. */
export function Rail({ title, seeAllHref, children }: RailProps) {
  const headingId = useId()
  const ref = useRef<HTMLElement>(null)
  const isInView = useInView(ref)
  return (
    <section ref={ref} aria-labelledby={headingId} className="space-y-3">
      <div className="flex items-baseline justify-between gap-4">
        <h3 id={headingId} className="text-lg font-semibold">
          {title}
        </h3>
        <Link
          to={seeAllHref}
          aria-label={`See all: ${title}`}
          className="shrink-0 rounded-sm text-sm font-medium text-accent hover:underline"
        >
          See all
        </Link>
      </div>
      {children(isInView)}
    </section>
  )
}

type RailBodyProps<T> = {
  title: string
  items: T[] | undefined
  error: unknown
  isPending: boolean
  onRetry: () => void
  getKey: (item: T) => string | number
  renderItem: (item: T) => ReactNode
  variant: 'poster' | 'list'
}

const itemClasses = { poster: 'w-32 sm:w-36', list: 'w-64 sm:w-72' }

/** The scroll-snapping row of a rail, with its loading, error and empty states at the final size. */
export function RailBody<T>({
  title,
  items,
  error,
  isPending,
  onRetry,
  getKey,
  renderItem,
  variant,
}: RailBodyProps<T>) {
  if (isPending) {
    return (
      <div role="status" aria-label={`Loading ${title}`} className="flex gap-3 overflow-hidden">
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className={`${itemClasses[variant]} shrink-0 space-y-2`}>
            <Skeleton
              className={
                variant === 'poster'
                  ? 'aspect-poster w-full rounded-card'
                  : 'aspect-backdrop w-full rounded-card'
              }
            />
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="h-3 w-1/2" />
          </div>
        ))}
      </div>
    )
  }
  if (error) {
    return (
      <ErrorState
        title={`Could not load ${title.toLowerCase()}`}
        message={errorMessage(error)}
        onRetry={onRetry}
        className="py-6"
      />
    )
  }
  if (!items || items.length === 0) {
    return (
      <p className="rounded-card border border-dashed border-line px-4 py-8 text-center text-muted">
        Nothing here right now.
      </p>
    )
  }
  return (
    <ul
      aria-label={title}
      className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pt-1 pb-3 sm:mx-0 sm:scroll-px-0 sm:px-0"
    >
      {items.map((item) => (
        <li key={getKey(item)} className={`${itemClasses[variant]} shrink-0 snap-start`}>
          {renderItem(item)}
        </li>
      ))}
    </ul>
  )
}
