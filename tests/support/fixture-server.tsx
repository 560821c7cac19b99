import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { createQueryClient } from '@/lib/query-client'

export const API = 'https://api.trakt.tv'

/** Helpers for feature tests that serve real fixture bodies. A JSON answer with Trakt's pagination headers. */
export function paged(body: JsonBodyType, { page = 1, limit = 20, pageCount = 1, itemCount = 0 } = {}) {
  return HttpResponse.json(body, {
    headers: {
      'X-Pagination-Page': String(page),
      'X-Pagination-Limit': String(limit),
      'X-Pagination-Page-Count': String(pageCount),
      'X-Pagination-Item-Count': String(itemCount),
    },
  })
}

/** A handler serving one fixture for a path, remembering every URL it was asked for. */
export function serve(
  path: string,
  body: JsonBodyType,
  seen: URL[] = [],
  meta: { pageCount?: number; itemCount?: number } = {},
) {
  return http.get(`${API}${path}`, ({ request }) => {
    const url = new URL(request.url)
    seen.push(url)
    const page = Number(url.searchParams.get('page') ?? '1')
    return paged(body, {
      page,
      pageCount: meta.pageCount ?? 1,
      itemCount: meta.itemCount ?? (Array.isArray(body) ? body.length : 0),
    })
  })
}

/** Renders routes in a memory router with a fresh QueryClient (no retries). */
export function renderRoutes(routes: RouteObject[], initialEntry: string) {
  const queryClient = createQueryClient({ retry: false })
  const router = createMemoryRouter(routes, { initialEntries: [initialEntry] })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
