import { useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button'

type LoadMoreProps = {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage: () => unknown
  /** "Load more titles". */
  label?: string
}

/**
 * Infinite scroll with a visible fallback: an IntersectionObserver loads the next page as the end of the grid
 * nears, and a real button does the same for keyboards, screen readers and browsers without the observer.
 */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  fetchNextPage,
  label = 'Load more',
}: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null)
  const latest = useRef({ hasNextPage, isFetchingNextPage, fetchNextPage })
  useEffect(() => {
    latest.current = { hasNextPage, isFetchingNextPage, fetchNextPage }
  })

  useEffect(() => {
    const element = sentinel.current
    if (!element || typeof IntersectionObserver === 'undefined' || !hasNextPage) return
    const observer = new IntersectionObserver(
      (entries) => {
        const state = latest.current
        if (entries.some((e) => e.isIntersecting) && state.hasNextPage && !state.isFetchingNextPage)
          state.fetchNextPage()
      },
      { rootMargin: '600px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [hasNextPage])

  if (!hasNextPage) return null
  return (
    <div ref={sentinel} className="flex justify-center py-6">
      <Button variant="secondary" onClick={() => fetchNextPage()} isLoading={isFetchingNextPage}>
        {isFetchingNextPage ? 'Loading…' : label}
      </Button>
    </div>
  )
}
