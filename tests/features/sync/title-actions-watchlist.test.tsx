import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { TitleActions } from '@/features/sync/components/title-actions'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { startSignIn } from '@/lib/auth/session'
import { API, emptyState, failWith, fakeTrakt } from './fake-trakt'
import { deferred, renderWithApp, startServer } from './render'

const session = vi.hoisted(() => ({
  current: { status: 'signed-in', user: null, expiresAt: 0 } as { status: string },
}))
vi.mock('@/lib/auth/session', () => ({
  useSession: () => session.current,
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const server = startServer()
beforeEach(() => {
  session.current = { status: 'signed-in', user: null, expiresAt: 0 } as { status: string }
})

const TRON: TitleItem = {
  type: 'movie',
  ids: { trakt: 12601, slug: 'tron-legacy-2010' },
  title: 'TRON: Legacy',
  year: 2010,
  released: '2010-12-17',
}
const EPISODE: TitleItem = {
  type: 'episode',
  ids: { trakt: 73482 },
  title: 'Pilot',
  show: { ids: { trakt: 1388, slug: 'breaking-bad' }, title: 'Breaking Bad', season: 1, episode: 1 },
}
const SEASON: TitleItem = {
  type: 'season',
  ids: { trakt: 3950 },
  title: 'Season 1',
  show: { ids: { trakt: 1388 }, title: 'Breaking Bad', season: 1 },
}

const LIMIT_MESSAGE = 'Your Trakt account has reached its limit for this (upgrade to VIP to raise it).'

describe('TitleActions when signed out', () => {
  it('offers one sign-in button that returns to this page', async () => {
    session.current = { status: 'signed-out' }
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    const button = screen.getByRole('button', { name: 'Sign in to track this' })
    expect(screen.getAllByRole('button')).toHaveLength(1)
    await user.click(button)
    expect(startSignIn).toHaveBeenCalledWith('/movies/tron-legacy-2010')
  })
})

describe('watchlist', () => {
  it('adds a movie with the exact body and shows it as in the watchlist', async () => {
    const fake = fakeTrakt(server)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Add to watchlist' }))

    expect(await screen.findByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Your status' })).getByText('In your watchlist'),
    ).toBeInTheDocument()
    await waitFor(() => expect(fake.received.filter((r) => r.method === 'POST')).toHaveLength(1))
    expect(fake.received[0]).toEqual({
      method: 'POST',
      path: '/sync/watchlist',
      body: { movies: [{ ids: { trakt: 12601 } }] },
    })
  })

  it('shows the change at once, then rolls back and explains a 420 account limit', async () => {
    const fake = fakeTrakt(server)
    const gate = deferred()
    server.use(
      http.post(`${API}/sync/watchlist`, async ({ request }) => {
        fake.received.push({ method: 'POST', path: '/sync/watchlist', body: await request.json() })
        await gate.promise
        return HttpResponse.json({ error: 'limit' }, { status: 420 })
      }),
    )
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Add to watchlist' }))
    // Optimistic: the button flips before Trakt answers.
    expect(await screen.findByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    gate.resolve()

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Could not add to your watchlist. ${LIMIT_MESSAGE}`,
    )
    expect(screen.getByRole('button', { name: 'Add to watchlist' })).toBeInTheDocument()
    expect(screen.queryByText('In your watchlist')).not.toBeInTheDocument()
    expect(notices).toEqual([`Could not add to your watchlist. ${LIMIT_MESSAGE}`])
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })

  it('removes a movie with the exact body', async () => {
    const state = emptyState()
    state.watchlist.movies.push({
      type: 'movie',
      listed_at: '2026-01-01T00:00:00.000Z',
      movie: { title: 'TRON: Legacy', ids: { trakt: 12601 } },
    })
    const fake = fakeTrakt(server, state)
    const { user } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Remove from watchlist' }))

    expect(await screen.findByRole('button', { name: 'Add to watchlist' })).toBeInTheDocument()
    await waitFor(() =>
      expect(fake.received).toContainEqual({
        method: 'POST',
        path: '/sync/watchlist/remove',
        body: { movies: [{ ids: { trakt: 12601 } }] },
      }),
    )
  })

  it('rolls back a failed removal (500) and shows the message', async () => {
    const state = emptyState()
    state.watchlist.movies.push({
      type: 'movie',
      listed_at: '2026-01-01T00:00:00.000Z',
      movie: { ids: { trakt: 12601 } },
    })
    const fake = fakeTrakt(server, state)
    failWith(server, 'post', '/sync/watchlist/remove', 500, fake.received)
    const { user, notices } = renderWithApp(<TitleActions item={TRON} />)

    await user.click(await screen.findByRole('button', { name: 'Remove from watchlist' }))

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not remove from your watchlist. Trakt had a server error. Try again later.',
    )
    expect(screen.getByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    expect(screen.getByText('In your watchlist')).toBeInTheDocument()
    expect(notices).toHaveLength(1)
    expect(fake.received[0]!.body).toEqual({ movies: [{ ids: { trakt: 12601 } }] })
  })

  it('sends episodes and seasons under their own keys', async () => {
    const fake = fakeTrakt(server)
    const { user, unmount } = renderWithApp(<TitleActions item={EPISODE} />)
    await user.click(await screen.findByRole('button', { name: 'Add to watchlist' }))
    await waitFor(() =>
      expect(fake.received).toContainEqual({
        method: 'POST',
        path: '/sync/watchlist',
        body: { episodes: [{ ids: { trakt: 73482 } }] },
      }),
    )
    expect(await screen.findByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    unmount()

    const second = renderWithApp(<TitleActions item={SEASON} />)
    await second.user.click(await screen.findByRole('button', { name: 'Add to watchlist' }))
    await waitFor(() =>
      expect(fake.received).toContainEqual({
        method: 'POST',
        path: '/sync/watchlist',
        body: { seasons: [{ ids: { trakt: 3950 } }] },
      }),
    )
  })
})
