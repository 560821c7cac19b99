import { QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { useIsEpisodeWatched } from '@/features/sync/hooks/use-title-state'
import { createQueryClient } from '@/lib/query-client'
import { emptyState, fakeTrakt, fixture } from './fake-trakt'
import { startServer } from './render'

const session = vi.hoisted(() => ({ current: { status: 'signed-in' } as { status: string } }))
vi.mock('@/lib/auth/session', () => ({
  useSession: () => session.current,
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const server = startServer()

let client = createQueryClient({ retry: false })
function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

describe('useIsEpisodeWatched', () => {
  beforeEach(() => {
    session.current = { status: 'signed-in' }
    client = createQueryClient({ retry: false })
    const state = emptyState()
    // Chuck (1395): season 1 episodes 1–4 watched, in the real /sync/watched/shows body.
    state.watched.shows = fixture('sync_watched_shows__traktpy.json')
    fakeTrakt(server, state)
  })

  it('is true for a watched episode of the watched-shows list', async () => {
    const { result } = renderHook(() => useIsEpisodeWatched({ trakt: 1395 }, 1, 2), { wrapper })
    await waitFor(() => expect(result.current).toBe(true))
  })

  it('is false for an episode without plays, and while unknown', async () => {
    const { result } = renderHook(() => useIsEpisodeWatched({ trakt: 1395 }, 1, 9), { wrapper })
    expect(result.current).toBe(false)
    await waitFor(() => expect(client.getQueryState(['sync', 'watched', 'shows'])?.status).toBe('success'))
    expect(result.current).toBe(false)
  })

  it('asks nothing of Trakt when signed out', async () => {
    session.current = { status: 'signed-out' }
    const fetchSpy = vi.mocked(globalThis.fetch)
    const { result } = renderHook(() => useIsEpisodeWatched({ trakt: 1395 }, 1, 2), { wrapper })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(result.current).toBe(false)
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})
