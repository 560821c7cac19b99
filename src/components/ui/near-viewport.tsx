import { Suspense, useRef, type ReactNode } from 'react'
import { useInView } from '@/lib/use-in-view'
import { cn } from '@/lib/cn'
import { pulse, Skeleton } from './skeleton'

/**
 * The lower part of a page, rendered once it comes near the viewport. Put a `lazy` component inside: its code
 * and the requests it makes then wait until the reader gets close, so a first visit downloads and asks only for
 * what it paints (on a wide screen that is at once).
 */
export function NearViewport({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const isNear = useInView(ref)
  const fallback = (
    <div role="status" className={cn('space-y-4', pulse)}>
      <span className="sr-only">Loading {label}…</span>
      <Skeleton className="h-6 w-40" />
      <Skeleton className="h-64 w-full" />
    </div>
  )
  return <div ref={ref}>{isNear ? <Suspense fallback={fallback}>{children}</Suspense> : fallback}</div>
}
