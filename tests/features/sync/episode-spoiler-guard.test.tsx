import { QueryClientProvider } from '@tanstack/react-query'
import { render, renderHook, screen, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { EpisodeSpoilerGuard } from '@/features/sync/components/episode-spoiler-guard'
import { useWatchedEpisodes } from '@/features/sync/hooks/use-title-state'
import { createQueryClient } from '@/lib/query-client'
import { setSpoilerShield } from '@/lib/spoilers'
import { emptyState, fakeTrakt, fixture } from './fake-trakt'
import { startServer } from './render'

vi.mock('@/lib/auth/session', () => ({
  useSession: () => ({ status: 'signed-in', user: null, expiresAt: 0 }),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const server = startServer()
let client = createQueryClient({ retry: false })
const wrapper = ({ children }: { children: ReactNode }) => (
  <QueryClientProvider client={client}>{children}</QueryClientProvider>
)

beforeEach(() => {
  localStorage.clear()
  client = createQueryClient({ retry: false })
  const state = emptyState()
  // Chuck (1395): season 1 episodes 1–4 watched.
  state.watched.shows = fixture('sync_watched_shows__traktpy.json')
  fakeTrakt(server, state)
})

describe('EpisodeSpoilerGuard', () => {
  it('blurs an unwatched episode and shows a watched one plainly', async () => {
    render(
      <>
        <EpisodeSpoilerGuard showIds={{ trakt: 1395 }} season={1} number={2}>
          <h3>Chuck Versus the Helicopter</h3>
        </EpisodeSpoilerGuard>
        <EpisodeSpoilerGuard showIds={{ trakt: 1395 }} season={2} number={1}>
          <h3>Chuck Versus the First Date</h3>
        </EpisodeSpoilerGuard>
      </>,
      { wrapper },
    )

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Chuck Versus the Helicopter' })).toBeInTheDocument(),
    )
    expect(screen.queryByRole('heading', { name: 'Chuck Versus the First Date' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Reveal spoiler' })).toHaveAccessibleDescription(
      'Title, still and overview of S02E01',
    )
  })

  it('shows everything when the user turned the shield off', async () => {
    setSpoilerShield(false)
    render(
      <EpisodeSpoilerGuard showIds={{ trakt: 1395 }} season={2} number={1}>
        <h3>Chuck Versus the First Date</h3>
      </EpisodeSpoilerGuard>,
      { wrapper },
    )
    expect(screen.getByRole('heading', { name: 'Chuck Versus the First Date' })).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
    await waitFor(() => expect(client.getQueryState(['sync', 'watched', 'shows'])?.status).toBe('success'))
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})

describe('useWatchedEpisodes', () => {
  it('answers for any episode of the show from one query', async () => {
    const { result } = renderHook(() => useWatchedEpisodes({ trakt: 1395 }), { wrapper })
    await waitFor(() => expect(result.current(1, 3)).toBe(true))
    expect(result.current(1, 5)).toBe(false)
    expect(result.current(2, 1)).toBe(false)
  })
})
