import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { TitleActions } from '@/features/sync/components/title-actions'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt, setTokenSource } from '@/lib/trakt/trakt'
import { DEMO_USER } from '@/sandbox/db/types'
import { setupSandboxServer } from '../../support/sandbox-server'

vi.mock('@/lib/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: null, expiresAt: 0 }),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

// The same sandbox that serves the demo: a journey against its seeded demo user, not hand-written answers.
const sandbox = setupSandboxServer()
beforeAll(() => sandbox.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  sandbox.reset()
  resetTrakt({ writeIntervalMs: 0 })
  const token = sandbox.signIn()
  setTokenSource({ getAccessToken: () => token, refreshAfterUnauthorized: async () => null })
})
afterEach(() => setTokenSource(null))
afterAll(() => sandbox.server.close())

/** A catalog movie the demo user has not watched, rated or watchlisted. */
function untouchedMovie(): TitleItem {
  const db = sandbox.sandbox.store.db
  const state = db.userState[DEMO_USER]!
  const used = new Set(
    [...state.history, ...state.watchlist, ...state.ratings, ...state.collection].map(
      (e) => `${e.item.type}:${e.item.id}`,
    ),
  )
  const movie = Object.values(db.movies).find((m) => !used.has(`movie:${m.ids.trakt}`))!
  return {
    type: 'movie',
    ids: { trakt: movie.ids.trakt, slug: movie.ids.slug },
    title: movie.title,
    year: movie.year,
  }
}

describe('TitleActions on the sandbox', () => {
  it('watchlists, rates and marks a movie watched, and the sandbox agrees after every refetch', async () => {
    const movie = untouchedMovie()
    const user = userEvent.setup()
    render(
      <QueryClientProvider client={createQueryClient({ retry: false })}>
        <MemoryRouter initialEntries={[`/movies/${movie.ids.slug}`]}>
          <TitleActions item={movie} />
        </MemoryRouter>
      </QueryClientProvider>,
    )

    const add = await screen.findByRole('button', { name: 'Add to watchlist' })
    await waitFor(() => expect(add).toBeEnabled())
    await user.click(add)
    expect(await screen.findByText('In your watchlist')).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: '8 — Great' }))
    expect(await screen.findByText('Your rating: 8')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Mark as watched…' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Mark as watched' }))
    expect(await screen.findByText(/^Watched once/)).toBeInTheDocument()

    const state = sandbox.sandbox.store.db.userState[DEMO_USER]!
    await waitFor(() =>
      expect(
        state.history.filter((h) => h.item.type === 'movie' && h.item.id === movie.ids.trakt),
      ).toHaveLength(1),
    )
    expect(state.ratings.find((r) => r.item.type === 'movie' && r.item.id === movie.ids.trakt)?.rating).toBe(
      8,
    )
    // Trakt removes a watched movie from the watchlist; the refetch after marking it watched shows that.
    await waitFor(() => expect(screen.queryByText('In your watchlist')).not.toBeInTheDocument())
    expect(screen.getByText('Your rating: 8')).toBeInTheDocument()
  })
})
