import { render } from '@testing-library/react'
import { createMemoryRouter, type RouteObject } from 'react-router'
import { App } from '@/app/app'
import { routes } from '@/app/router'
import type { AppRouter } from '@/app/router'
import { createQueryClient } from '@/lib/query-client'

/** Renders the whole app (shell, routes, providers) at `path` on a memory router. */
export function renderApp(path: string, routeObjects: RouteObject[] = routes) {
  const router = createMemoryRouter(routeObjects, { initialEntries: [path] }) as unknown as AppRouter
  const queryClient = createQueryClient({ retry: false })
  const utils = render(<App queryClient={queryClient} router={router} />)
  return { ...utils, router, queryClient }
}
