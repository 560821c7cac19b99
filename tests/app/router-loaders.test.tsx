import { act, configure, screen, waitFor } from '@testing-library/react'
import { personQueries } from '@/features/people/api/person-queries'
import { movieQueries } from '@/features/movies/api/movie-queries'
import { showQueries } from '@/features/shows/api/show-queries'
import { seasonQueries } from '@/features/shows/api/season-queries'
import { renderApp, sandboxServer } from '../support/render-app'

// The movie page's code chunk arrives only when a test says so, as on a slow network.
const chunk = vi.hoisted(() => {
  let release: () => void = () => {}
  let gate = Promise.resolve()
  return {
    hold() {
      gate = new Promise<void>((resolve) => (release = resolve))
    },
    release: () => release(),
    wait: () => gate,
  }
})
// Each test that holds a chunk uses a page no other test of this file loads first (modules load once).
vi.mock('@/app/routes/movie', async (importOriginal) => {
  await chunk.wait()
  return importOriginal()
})
vi.mock('@/app/routes/person', async (importOriginal) => {
  await chunk.wait()
  return importOriginal()
})

/** Trakt paths the sandbox was asked for during the test, in order. */
function requestedPaths() {
  const paths: { path: string; authorized: boolean }[] = []
  sandboxServer.server.events.on('request:start', ({ request }) => {
    paths.push({ path: new URL(request.url).pathname, authorized: request.headers.has('authorization') })
  })
  return paths
}

afterEach(() => {
  sandboxServer.server.events.removeAllListeners()
  chunk.release()
})

// Whole pages on a shared, busy machine: give them time to arrive.
configure({ asyncUtilTimeout: 10_000 })

// Each page's code is transformed on first use: slow on a busy machine.
describe('route loaders', { timeout: 30_000 }, () => {
  it('a movie page asks Trakt for the movie while its code is still loading', async () => {
    chunk.hold()
    const paths = requestedPaths()
    const { queryClient } = renderApp('/movies/deadpool-2016')
    const key = movieQueries.detail('deadpool-2016').queryKey

    // The summary is in the cache and the page has not rendered: the code is still on its way.
    await waitFor(() => expect(queryClient.getQueryData(key)?.title).toBe('Deadpool'))
    expect(paths.map((p) => p.path)).toContain('/movies/deadpool-2016')
    expect(screen.queryByRole('heading', { level: 1, name: /Deadpool/ })).not.toBeInTheDocument()

    chunk.release()
    expect(await screen.findByRole('heading', { level: 1, name: /^Deadpool/ })).toBeInTheDocument()
    // The page used what the loader fetched.
    expect(paths.filter((p) => p.path === '/movies/deadpool-2016')).toHaveLength(1)
  })

  it('a navigation starts the next page’s summary in the loader, before that page renders', async () => {
    const { router, queryClient } = renderApp('/lists')
    await screen.findByRole('heading', { level: 1, name: 'Lists' })
    chunk.hold()
    const key = personQueries.detail('bryan-cranston').queryKey
    expect(queryClient.getQueryState(key)).toBeUndefined()

    await act(async () => {
      void router.navigate('/people/bryan-cranston')
    })
    await waitFor(() => expect(queryClient.getQueryData(key)?.name).toBe('Bryan Cranston'))
    // Still on the previous page: the person page's code has not arrived.
    expect(router.state.location.pathname).toBe('/lists')
    expect(screen.getByRole('heading', { level: 1, name: 'Lists' })).toBeInTheDocument()

    chunk.release()
    expect(await screen.findByRole('heading', { level: 1, name: 'Bryan Cranston' })).toBeInTheDocument()
  })

  it('a season page starts the season and its show together', async () => {
    const paths = requestedPaths()
    const { queryClient } = renderApp('/shows/breaking-bad/seasons/2')
    expect(await screen.findByRole('heading', { level: 1, name: /Season 2/ })).toBeInTheDocument()
    expect(queryClient.getQueryData(seasonQueries.info('breaking-bad', 2).queryKey)).toBeTruthy()
    expect(queryClient.getQueryData(showQueries.detail('breaking-bad').queryKey)?.title).toBe('Breaking Bad')
    expect(paths.filter((p) => p.path === '/shows/breaking-bad/seasons/2/info')).toHaveLength(1)
    expect(paths.filter((p) => p.path === '/shows/breaking-bad')).toHaveLength(1)
  })

  it('a 404 from Trakt shows the page’s own “not found”, inside the shell, after one request', async () => {
    const paths = requestedPaths()
    renderApp('/movies/no-such-movie-1999')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this movie" }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Search Trakt' })).toHaveAttribute('href', '/search')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    expect(paths.filter((p) => p.path === '/movies/no-such-movie-1999')).toHaveLength(1)
  })

  it('signed out, a title page sends no authenticated request', async () => {
    const paths = requestedPaths()
    renderApp('/shows/breaking-bad')
    expect(await screen.findByRole('heading', { level: 1, name: /^Breaking Bad/ })).toBeInTheDocument()
    expect(paths.length).toBeGreaterThan(0)
    expect(paths.filter((p) => p.authorized)).toEqual([])
  })
})
