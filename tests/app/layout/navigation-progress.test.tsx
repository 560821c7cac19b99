import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import moviesTrending from '../../fixtures/movies_trending_extended-full__trakt-r.json'
import { renderApp, sandboxServer } from '../../support/render-app'

// The movie page's code chunk arrives when the test says so, like a slow download: the real route, held.
const movieChunk = vi.hoisted(() => {
  let arrive!: () => void
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve
  })
  return { arrived, arrive }
})
vi.mock('@/app/routes/movie', async (importOriginal) => {
  await movieChunk.arrived
  return importOriginal()
})

const SLOW = { timeout: 15_000 }
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe('NavigationProgress', { timeout: 60_000 }, () => {
  it('shows a progress bar from Discover to a movie while its page loads, and drops it once the page is there', async () => {
    // The sandbox's trending chart is seeded from Trakt's real body.
    const movie = moviesTrending[0]!.movie
    // Trakt is slow to answer for this movie: the bar waits for the page's code, not for Trakt.
    sandboxServer.sandbox.faults.add({ kind: 'slow', path: `/movies/${movie.ids.slug}`, delayMs: 3_000 })
    const user = userEvent.setup()
    const { router } = renderApp('/discover')
    const trending = await screen.findByRole('list', { name: 'Trending movies' }, SLOW)
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()

    await user.click(within(trending).getByRole('link', { name: `${movie.title} (${movie.year})` }))
    const bar = await screen.findByRole('progressbar', { name: 'Loading page' })
    // Discover stays on screen under the bar until the next page can render.
    expect(screen.getByRole('heading', { level: 1, name: 'Discover' })).toBeInTheDocument()

    movieChunk.arrive()
    await waitFor(() => expect(bar).not.toBeInTheDocument())
    expect(router.state.location.pathname).toBe(`/movies/${movie.ids.slug}`)
    // The movie's summary is still on its way: the page shows its own loading state, not the bar.
    expect(
      screen.queryByRole('heading', { level: 1, name: new RegExp(`^${escape(movie.title)}`) }),
    ).toBeNull()
    expect(
      await screen.findByRole('heading', { level: 1, name: new RegExp(`^${escape(movie.title)}`) }, SLOW),
    ).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })
})
