import { useEffect, useRef } from 'react'
import { Button } from '@/components/ui/button'
import { errorMessage } from '@/lib/trakt/errors'

/** The parts of an infinite query that paging needs. */
export type PagedQuery = {
  hasNextPage: boolean
  isFetchingNextPage: boolean
  isFetchNextPageError: boolean
  error: unknown
  fetchNextPage: () => unknown
}

type LoadMoreProps = {
  query: PagedQuery
  /** "Load more titles". */
  label?: string
}

/**
 * Infinite scroll with a visible fallback: an IntersectionObserver loads the next page as the end of the grid
 * nears, and a real button does the same for keyboards, screen readers and browsers without the observer.
 */
export function LoadMore({ query, label = 'Load more' }: LoadMoreProps) {
  const { hasNextPage, isFetchingNextPage } = query
  const fetchNextPage = () => query.fetchNextPage()
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

  return (
    <>
      {query.isFetchNextPageError ? (
        <p role="alert" className="mt-4 text-center text-sm text-danger">
          {errorMessage(query.error)}
        </p>
      ) : null}
      {hasNextPage ? (
        <div ref={sentinel} className="flex justify-center py-6">
          <Button variant="secondary" onClick={() => fetchNextPage()} isLoading={isFetchingNextPage}>
            {isFetchingNextPage ? 'Loading…' : label}
          </Button>
        </div>
      ) : null}
    </>
  )
}
