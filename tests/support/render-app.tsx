import { render } from '@testing-library/react'
import { StrictMode } from 'react'
import { createMemoryRouter } from 'react-router'
import { App } from '@/app/app'
import { createRoutes } from '@/app/router'
import type { AppRouter } from '@/app/router'
import { installSession, resetAuthSession } from '@/lib/auth/default-session'
import { SESSION_KEY, type StoredTokens } from '@/lib/auth/stored-session'
import { pushNotice } from '@/lib/notices'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt } from '@/lib/trakt/trakt'
import type { SandboxDb } from '@/sandbox/db/types'
import { setupSandboxServer } from './sandbox-server'

/**
 * The sandbox for this test file (msw/node). Importing this module registers its lifecycle hooks, so a test file
 * that uses `renderApp` talks to the fake Trakt, never the network.
 */
export const sandboxServer = setupSandboxServer()
beforeAll(() => sandboxServer.server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  sandboxServer.reset()
  resetAuthSession()
  localStorage.clear()
  sessionStorage.clear()
})
afterAll(() => sandboxServer.server.close())

type RenderAppOptions = {
  /** Sign in as this sandbox user (e.g. 'demo') before the first render. */
  user?: string
  /** Change the sandbox's data before the first render. */
  state?: (db: SandboxDb) => void
  /** The client's GET budget and its window (default: the configured budget per 5 minutes). */
  limits?: { getBudget: number; windowMs: number }
}

/**
 * Renders the whole app (real providers, router, session and Trakt client) at `url` against the sandbox, inside
 * `<StrictMode>` as the real boot does.
 */
export function renderApp(url: string, options: RenderAppOptions = {}) {
  resetTrakt({ writeIntervalMs: 0, ...options.limits })
  options.state?.(sandboxServer.sandbox.store.db)
  if (options.user) {
    const token = sandboxServer.signIn(options.user)
    const u = sandboxServer.sandbox.store.db.users[options.user]
    const tokens: StoredTokens = {
      access_token: token,
      refresh_token: `refresh-${token}`,
      expires_at: Date.now() + 7 * 86400_000,
      scope: 'public',
      user: u ? { username: u.username, slug: u.ids.slug, name: u.name, avatar: u.avatar, vip: u.vip } : null,
    }
    localStorage.setItem(SESSION_KEY, JSON.stringify({ tokens }))
  }
  const queryClient = createQueryClient({
    retry: false,
    onMutationError: (message) => pushNotice({ kind: 'error', message }),
  })
  installSession({ queryClient })
  const router = createMemoryRouter(createRoutes(queryClient), {
    initialEntries: [url],
  }) as unknown as AppRouter
  // As src/main.tsx does: effects run twice on mount, so a page that acts twice (a second token exchange, a
  // duplicated write) fails here rather than only in the browser.
  const utils = render(
    <StrictMode>
      <App queryClient={queryClient} router={router} />
    </StrictMode>,
  )
  return { ...utils, router, queryClient, sandbox: sandboxServer.sandbox }
}
