import type { ReactNode } from 'react'
import { PagedList } from '@/components/ui/paged-list'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import type { PagedItems } from '@/components/ui/use-paged-items'

/** Discover's two kinds of card: title posters and list strips. */
export type CardVariant = 'poster' | 'list'

const gridClasses: Record<CardVariant, string> = {
  poster:
    'grid grid-cols-2 gap-x-3 gap-y-5 min-[480px]:grid-cols-3 sm:grid-cols-4 xl:grid-cols-5 2xl:grid-cols-6',
  list: 'grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3',
}

/** A placeholder card at the final size of a poster or list card. */
export function CardSkeleton({ variant, className }: { variant: CardVariant; className?: string }) {
  return (
    <div className={cn('space-y-2', className)}>
      <Skeleton
        className={
          variant === 'poster' ? 'aspect-poster w-full rounded-card' : 'aspect-backdrop w-full rounded-card'
        }
      />
      <Skeleton className="h-4 w-3/4" />
      <Skeleton className="h-3 w-1/2" />
    </div>
  )
}

type ChartGridProps<T> = {
  paged: PagedItems<T>
  /** The chart's title: names the grid, its loading and its error. */
  title: string
  variant: CardVariant
  renderItem: (item: T) => ReactNode
  empty: ReactNode
}

/** One chart as a paged grid of cards, with placeholders in the grid's own layout so nothing jumps. */
export function ChartGrid<T>({ paged, title, variant, renderItem, empty }: ChartGridProps<T>) {
  const name = title.toLowerCase()
  return (
    <PagedList
      paged={paged}
      label={title}
      className={gridClasses[variant]}
      renderItem={renderItem}
      loading={
        <div role="status" aria-label={`Loading ${name}`} className={cn(gridClasses[variant], pulse)}>
          {Array.from({ length: variant === 'poster' ? 12 : 6 }, (_, i) => (
            <CardSkeleton key={i} variant={variant} />
          ))}
        </div>
      }
      errorTitle={`Could not load ${name}`}
      empty={empty}
      loadMoreLabel={variant === 'poster' ? 'Load more titles' : 'Load more lists'}
    />
  )
}
