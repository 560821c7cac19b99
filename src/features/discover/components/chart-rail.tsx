import type { InfiniteData, QueryKey, UseInfiniteQueryOptions } from '@tanstack/react-query'
import { useId, useRef, type ReactNode } from 'react'
import { Link } from 'react-router'
import { PagedList } from '@/components/ui/paged-list'
import { usePagedItems, type ItemKey, type ItemsPage } from '@/components/ui/use-paged-items'
import { pulse } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { useInView } from '@/lib/use-in-view'
import { CardSkeleton, type CardVariant } from './chart-grid'

type ChartRailProps<T, TKey extends QueryKey> = {
  title: string
  seeAllHref: string
  /** The same paged query the chart's "See all" grid pages through; the rail shows its first page. */
  options: UseInfiniteQueryOptions<ItemsPage<T>, Error, InfiniteData<ItemsPage<T>>, TKey, number>
  variant: CardVariant
  getKey: (item: T) => ItemKey
  renderItem: (item: T) => ReactNode
}

const itemClasses: Record<CardVariant, string> = { poster: 'w-32 sm:w-36', list: 'w-64 sm:w-72' }

/**
 * One chart on the Discover hub: a titled, scroll-snapping row of its first page with a "See all" link. It asks
 * Trakt only once it scrolls near, so off-screen rails do not spend the GET budget.
 */
export function ChartRail<T, TKey extends QueryKey>({
  title,
  seeAllHref,
  options,
  variant,
  getKey,
  renderItem,
}: ChartRailProps<T, TKey>) {
  const headingId = useId()
  const ref = useRef<HTMLElement>(null)
  const isInView = useInView(ref)
  const paged = usePagedItems({ ...options, enabled: isInView }, { getKey, pages: 1 })
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
      <PagedList
        paged={paged}
        label={title}
        className="-mx-4 flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pt-1 pb-3 sm:mx-0 sm:scroll-px-0 sm:px-0"
        itemClassName={cn(itemClasses[variant], 'shrink-0 snap-start')}
        renderItem={renderItem}
        loading={
          <div
            role="status"
            aria-label={`Loading ${title}`}
            className={cn('flex gap-3 overflow-hidden', pulse)}
          >
            {Array.from({ length: 8 }, (_, i) => (
              <CardSkeleton key={i} variant={variant} className={cn(itemClasses[variant], 'shrink-0')} />
            ))}
          </div>
        }
        errorTitle={`Could not load ${title.toLowerCase()}`}
        errorClassName="py-6"
        empty={
          <p className="rounded-card border border-dashed border-line px-4 py-8 text-center text-muted">
            Nothing here right now.
          </p>
        }
      />
    </section>
  )
}
