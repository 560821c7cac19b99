import { withMeta } from '@/lib/trakt/client'

/**
 * Rows per request when a page reads a whole list: Trakt's largest page since June 2026 (a larger `limit` is
 * clamped). The page count comes from the first answer's own headers, never from this number.
 */
export const ALL_PAGES_LIMIT = 250

type FetchPage = (page: number) => Promise<{ data?: unknown; response: Response }>

/**
 * Every row of a paginated list: page 1, then the other pages its `X-Pagination-Page-Count` names. An answer
 * without pagination headers (the unpaginated shape these methods had before 2026) is the whole list.
 */
export async function readAllPages(fetchPage: FetchPage): Promise<unknown[]> {
  const first = withMeta(await fetchPage(1))
  const rows = Array.isArray(first.data) ? [...first.data] : []
  const pageCount = first.meta.pagination?.pageCount ?? 1
  // The scheduler spaces them out; asking for them together saves the round trips between pages.
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => fetchPage(i + 2)),
  )
  for (const page of rest) if (Array.isArray(page.data)) rows.push(...page.data)
  return rows
}
