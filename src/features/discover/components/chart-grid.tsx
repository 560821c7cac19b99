import { Skeleton } from '@/components/ui/skeleton'

export const titleGridClasses =
  'grid grid-cols-2 gap-x-3 gap-y-5 min-[480px]:grid-cols-3 sm:grid-cols-4 xl:grid-cols-5 2xl:grid-cols-6'
export const listGridClasses = 'grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-3'

/** Placeholder cards in the grid's own layout, so nothing jumps when the titles arrive. */
export function GridSkeleton({
  label,
  variant = 'poster',
  count = 12,
}: {
  label: string
  variant?: 'poster' | 'list'
  count?: number
}) {
  return (
    <div
      role="status"
      aria-label={label}
      className={variant === 'poster' ? titleGridClasses : listGridClasses}
    >
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="space-y-2">
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
