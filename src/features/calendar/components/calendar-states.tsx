import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { CalendarIcon } from '@/components/ui/icons'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'

/** The calendar while it loads: day columns of placeholder entries. */
export function CalendarSkeleton({ days = 7, className }: { days?: number; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={cn('grid gap-4 md:grid-cols-7', pulse, className)}>
      <span className="sr-only">Loading the calendar…</span>
      {Array.from({ length: days }, (_, i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-12 w-full" />
          <Skeleton className="h-12 w-full" />
        </div>
      ))}
    </div>
  )
}

/** Nothing in the range: says so, and offers the next range (and clearing the filters, when set). */
export function CalendarEmpty({
  title,
  onNext,
  nextLabel,
  extra,
}: {
  title: string
  onNext: () => void
  nextLabel: string
  extra?: ReactNode
}) {
  return (
    <EmptyState
      icon={<CalendarIcon />}
      title={title}
      description="Try the next one, another calendar, or fewer filters."
      action={
        <div className="flex flex-wrap justify-center gap-2">
          <Button onClick={onNext}>{nextLabel}</Button>
          {extra}
        </div>
      }
    />
  )
}

/** A failed calendar request, with the reason (Trakt's status, a rate limit, offline) and a retry. */
export function CalendarError({
  error,
  onRetry,
  isRetrying,
}: {
  error: unknown
  onRetry: () => void
  isRetrying: boolean
}) {
  return (
    <ErrorState
      title="Could not load the calendar"
      message={errorMessage(error)}
      onRetry={onRetry}
      isRetrying={isRetrying}
    />
  )
}
