import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { http, HttpResponse, type RequestHandler } from 'msw'
import type { ReactElement } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { createQueryClient } from '@/lib/query-client'

// Shared by the movies, shows and people page tests: real Trakt bodies served by msw/node, pages rendered
// at their trakt.tv paths in a memory router with a fresh QueryClient.

export const API = 'https://api.trakt.tv'

const FIXTURES = join(import.meta.dirname, '../../fixtures')

/** Every fixture file name (for "all of my domain's bodies map" tests). */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES).filter((name) => name.endsWith('.json'))
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'))
}

/** A GET handler answering with a fixture body (and optional headers). */
export function serve(path: string, body: unknown, headers?: Record<string, string>): RequestHandler {
  return http.get(`${API}${path}`, () => HttpResponse.json(body as never, { headers }))
}

export function fail(path: string, status: number, body: unknown = { error: 'broken' }): RequestHandler {
  return http.get(`${API}${path}`, () => HttpResponse.json(body as never, { status }))
}

export function renderAt(path: string, routes: { path: string; element: ReactElement }[]) {
  const queryClient = createQueryClient({ retry: false })
  const router = createMemoryRouter([...routes, { path: '*', element: <p>Elsewhere</p> }], {
    initialEntries: [path],
  })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient }
}
