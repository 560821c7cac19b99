import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { MemoryRouter } from 'react-router'
import { setupServer } from 'msw/node'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt } from '@/lib/trakt/trakt'

export const SIGNED_IN = {
  status: 'signed-in' as const,
  user: { username: 'sean', slug: 'sean', name: 'Sean', avatar: null, vip: false },
  expiresAt: Date.now() + 3_600_000,
}

/** One MSW server per test file: unhandled requests fail the test; per-test handlers reset after each test. */
export function startServer() {
  const server = setupServer()
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => resetTrakt({ writeIntervalMs: 0 }))
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return server
}

/** Renders with a fresh QueryClient (no retries) and a router; mutation failure messages land in `notices`. */
export function renderWithApp(ui: ReactNode, { path = '/movies/tron-legacy-2010' } = {}) {
  const notices: string[] = []
  const queryClient = createQueryClient({ retry: false, onMutationError: (message) => notices.push(message) })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  )
  return { ...view, user, notices, queryClient }
}

/** A promise resolved from outside, to hold a response in flight. */
export function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
