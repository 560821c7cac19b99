import type { ComponentProps } from 'react'
import { cn } from '@/lib/cn'

/** A pulsing placeholder block; size it with classes. Hidden from assistive tech (announce loading elsewhere). */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden="true"
      className={cn('animate-pulse rounded-md bg-raised motion-reduce:animate-none', className)}
      {...props}
    />
  )
}

/** A generic page skeleton: title line and a poster grid. */
export function PageSkeleton({ label = 'Loading…' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
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
