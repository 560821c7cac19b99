import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import moviesTrending from '../../fixtures/movies_trending_extended-full__trakt-r.json'
import moviesPopular from '../../fixtures/movies_popular_extended-full__trakt-r.json'
import showsWatched from '../../fixtures/shows_watched_weekly__trakt-r.json'
import genresMovies from '../../fixtures/genres_movies__trakt-rust.json'
import genresShows from '../../fixtures/genres_shows__traktpy.json'
import networks from '../../fixtures/networks__trakt-rust.json'
import listsTrending from '../../fixtures/lists_trending_personal__trakt-r.json'
import { DiscoverSectionPage } from '@/features/discover/components/discover-section-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { API, paged, renderRoutes, serve } from '../../support/fixture-server'

const seen: URL[] = []
const server = setupServer(
  // Page 1 and page 2 are different real bodies, so the grid grows by distinct titles.
  http.get(`${API}/movies/trending`, ({ request }) => {
    const url = new URL(request.url)
    seen.push(url)
    const page = Number(url.searchParams.get('page'))
    return paged(page === 1 ? moviesTrending : moviesPopular, { page, pageCount: 62, itemCount: 1234 })
  }),
  serve('/shows/watched/:period', showsWatched, seen, { pageCount: 1, itemCount: 10 }),
  serve('/genres/movies', genresMovies, seen),
  serve('/genres/shows', genresShows, seen),
  serve('/networks', networks, seen),
  serve('/lists/trending', listsTrending, seen, { pageCount: 1, itemCount: 10 }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetTrakt()
  seen.length = 0
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const renderSection = (url: string) =>
  renderRoutes([{ path: '/discover/:type/:section', element: <DiscoverSectionPage /> }], url)

describe('DiscoverSectionPage', () => {
  it('shows the total from the pagination headers and loads page 2 on Load more', async () => {
    const user = userEvent.setup()
    renderSection('/discover/movies/trending')
    expect(screen.getByRole('heading', { level: 1, name: 'Trending movies' })).toBeInTheDocument()
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    expect(screen.getByText('1,234 titles')).toBeInTheDocument()
    expect(within(grid).getAllByRole('listitem')).toHaveLength(moviesTrending.length)

    await user.click(screen.getByRole('button', { name: 'Load more titles' }))
    // One title is on both pages (charts move while being paged): it is shown once.
    await waitFor(() =>
      expect(within(grid).getAllByRole('listitem')).toHaveLength(
        moviesTrending.length + moviesPopular.length - 1,
      ),
    )
    expect(within(grid).getByRole('link', { name: 'Superman (2025)' })).toHaveAttribute(
      'href',
      '/movies/superman-2025',
    )
    expect(seen.map((u) => u.searchParams.get('page'))).toEqual(['1', '2'])
    expect(seen[1]?.searchParams.get('limit')).toBe('20')
  })

  it('writes filters to the URL and sends them to Trakt, starting again at page 1', async () => {
    const user = userEvent.setup()
    const { router } = renderSection('/discover/movies/trending')
    await screen.findByRole('list', { name: 'Trending movies' })
    await user.click(screen.getByRole('button', { name: 'Filters' }))
    const form = screen.getByRole('form', { name: 'Filters' })

    await user.type(within(form).getByLabelText('Title or description'), 'ryan')
    await user.type(within(form).getByLabelText('Years from'), '2000')
    await user.type(within(form).getByLabelText('Years to'), '2026')
    await user.click(within(form).getByRole('button', { name: 'Genres' }))
    await user.click(await within(form).findByRole('checkbox', { name: 'Thriller' }))
    await user.click(within(form).getByRole('checkbox', { name: 'Action' }))
    await user.type(within(form).getByLabelText('Rating from'), '70')
    seen.length = 0
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }))

    await waitFor(() => expect(seen.filter((u) => u.pathname === '/movies/trending')).toHaveLength(1))
    const params = new URLSearchParams(router.state.location.search)
    expect(Object.fromEntries(params)).toEqual({
      query: 'ryan',
      years: '2000-2026',
      genres: 'action,thriller',
      ratings: '70-100',
    })
    const sent = seen.find((u) => u.pathname === '/movies/trending')!
    expect(sent.searchParams.get('query')).toBe('ryan')
    expect(sent.searchParams.get('years')).toBe('2000-2026')
    expect(sent.searchParams.get('genres')).toBe('action,thriller')
    expect(sent.searchParams.get('ratings')).toBe('70-100')
    expect(sent.searchParams.get('page')).toBe('1')
    expect(screen.getByRole('button', { name: 'Filters (4)' })).toBeInTheDocument()
  })

  it('reads filters from a shared link, offers networks for shows, and follows the period', async () => {
    const user = userEvent.setup()
    renderSection('/discover/shows/watched?period=monthly&networks=HBO&status=ended')
    await screen.findByRole('list', { name: 'Most watched shows' })
    const sent = seen.find((u) => u.pathname.startsWith('/shows/watched'))!
    expect(sent.pathname).toBe('/shows/watched/monthly')
    expect(sent.searchParams.get('networks')).toBe('HBO')
    expect(sent.searchParams.get('status')).toBe('ended')
    expect(screen.getByRole('link', { name: 'This month' })).toHaveAttribute('aria-current', 'page')

    // A group with a chosen value starts open.
    expect(await screen.findByRole('checkbox', { name: 'HBO' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Ended' })).toBeChecked()
    await user.type(screen.getByLabelText('Find networks'), 'BBC O')
    expect(screen.getByRole('checkbox', { name: 'BBC One' })).not.toBeChecked()
  })

  it('shows a clear empty state when nothing matches, and clears the filters', async () => {
    const user = userEvent.setup()
    server.use(http.get(`${API}/movies/trending`, () => paged([], { pageCount: 0, itemCount: 0 })))
    const { router } = renderSection('/discover/movies/trending?genres=western&years=1901')
    expect(await screen.findByRole('heading', { name: 'No titles match these filters' })).toBeInTheDocument()
    expect(screen.getByText('0 titles')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
  })

  it('shows Trakt errors with a Retry that works', async () => {
    const user = userEvent.setup()
    let calls = 0
    server.use(
      http.get(`${API}/movies/trending`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json({}, { status: 500 })
          : paged(moviesTrending, { pageCount: 1, itemCount: 5 })
      }),
    )
    renderSection('/discover/movies/trending')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('list', { name: 'Trending movies' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Load more/ })).not.toBeInTheDocument()
  })

  it('pages lists too', async () => {
    renderSection('/discover/lists/trending')
    const grid = await screen.findByRole('list', { name: 'Trending lists' })
    expect(within(grid).getAllByRole('listitem')).toHaveLength(listsTrending.length)
    expect(screen.getByText('10 lists')).toBeInTheDocument()
  })

  it('explains an unknown chart', () => {
    renderSection('/discover/shows/boxoffice')
    expect(screen.getByRole('heading', { name: 'There is no such chart' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to Discover' })).toHaveAttribute('href', '/discover')
  })
})
