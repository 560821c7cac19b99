import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/**
 * The pulse of a loading region: put it on the element that holds the region's skeletons, so they pulse as one.
 * One animation per region, not one per block: every running animation costs the browser style work on each frame
 * and an event on each iteration (which React's root listener handles), and a Discover page loading its rails
 * had 170 of them.
 */
export const pulse = 'animate-pulse motion-reduce:animate-none'

/** A placeholder block; size it with classes, inside a `pulse` region. Hidden from assistive tech (announce loading elsewhere). */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return <div aria-hidden="true" className={cn('rounded-md bg-raised', className)} {...props} />
}

/** A generic page skeleton: title line and a poster grid. */
export function PageSkeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className={cn('space-y-6', pulse)}>
      <span className="sr-only">{label}</span>
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-72 max-w-full" />
      <div className="grid grid-cols-3 gap-3 sm:grid-cols-4 lg:grid-cols-6">
        {Array.from({ length: 12 }, (_, i) => (
          <Skeleton key={i} className="aspect-poster w-full rounded-card" />
        ))}
      </div>
    </div>
  )
}
