import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import multiType from '../../fixtures/search_text_multi-type__traktkit.json'
import movieResults from '../../fixtures/search_text_movie__trakt-r.json'
import noResults from '../../fixtures/search_text_no-results_empty__trakt-r.json'
import { SearchPage } from '@/features/search/components/search-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { API, paged, renderRoutes } from '../../support/fixture-server'

const seen: URL[] = []
const server = setupServer(
  http.get(`${API}/search/:type`, ({ request }) => {
    const url = new URL(request.url)
    seen.push(url)
    const page = Number(url.searchParams.get('page'))
    return paged(page === 1 ? multiType : movieResults, { page, pageCount: 2, itemCount: 10 })
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetTrakt()
  seen.length = 0
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const renderSearch = (url = '/search') => renderRoutes([{ path: '/search', element: <SearchPage /> }], url)
const lastSearch = () => seen.at(-1)!

describe('SearchPage', () => {
  it('searches as you type, escaping Solr syntax, with the query in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderSearch()
    expect(screen.getByRole('heading', { name: 'Search Trakt' })).toBeInTheDocument()
    const box = screen.getByRole('searchbox', { name: 'Search Trakt' })
    expect(box).toHaveFocus()

    await user.type(box, 'Mission: Impossible (1996) -/+ "x"')
    const results = await screen.findByRole('list', { name: 'Search results' })
    expect(seen).toHaveLength(1)
    expect(lastSearch().pathname).toBe('/search/movie,show,person')
    expect(lastSearch().searchParams.get('query')).toBe(
      String.raw`Mission\: Impossible \(1996\) \-\/\+ \"x\"`,
    )
    expect(lastSearch().searchParams.get('extended')).toBe('full,images')
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe(
      'Mission: Impossible (1996) -/+ "x"',
    )

    expect(within(results).getByRole('link', { name: 'TRON: Legacy (2010), movie' })).toHaveAttribute(
      'href',
      '/movies/tron-legacy-2010',
    )
    expect(within(results).getByRole('link', { name: /The Renegade \(1\)/ })).toHaveAttribute(
      'href',
      '/shows/tron-uprising/seasons/1/episodes/1',
    )
    expect(within(results).getByRole('link', { name: /Jeff Bridges/ })).toHaveAttribute(
      'href',
      '/people/jeff-bridges',
    )
    expect(within(results).getByRole('link', { name: /Open Your Eyes/ })).toHaveAttribute(
      'href',
      '/users/justin/lists/open-your-eyes',
    )
    expect(screen.getByRole('status')).toHaveTextContent('10 results')
  })

  it('sends the query as typed in advanced syntax', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=star%20wars%20-clone')
    await screen.findByRole('list', { name: 'Search results' })
    expect(lastSearch().searchParams.get('query')).toBe(String.raw`star wars \-clone`)

    await user.click(screen.getByRole('button', { name: 'Advanced' }))
    await user.click(screen.getByRole('checkbox', { name: 'Advanced syntax' }))
    await waitFor(() => expect(lastSearch().searchParams.get('query')).toBe('star wars -clone'))
  })

  it('changes the /search/{type} path with the type chips and sends chosen fields', async () => {
    const user = userEvent.setup()
    const { router } = renderSearch('/search?q=tron')
    await screen.findByRole('list', { name: 'Search results' })
    expect(lastSearch().pathname).toBe('/search/movie,show,person')

    await user.click(screen.getByRole('button', { name: 'Episodes', pressed: false }))
    await waitFor(() => expect(lastSearch().pathname).toBe('/search/movie,show,episode,person'))
    await user.click(screen.getByRole('button', { name: 'Movies', pressed: true }))
    await waitFor(() => expect(lastSearch().pathname).toBe('/search/show,episode,person'))
    expect(new URLSearchParams(router.state.location.search).get('type')).toBe('show,episode,person')

    await user.click(screen.getByRole('button', { name: 'Advanced' }))
    await user.click(screen.getByRole('checkbox', { name: 'Title' }))
    await waitFor(() => expect(lastSearch().searchParams.get('fields')).toBe('title'))
  })

  it('loads the next page of results', async () => {
    const user = userEvent.setup()
    renderSearch('/search?q=tron&type=movie')
    const results = await screen.findByRole('list', { name: 'Search results' })
    expect(within(results).getAllByRole('listitem')).toHaveLength(multiType.length)
    await user.click(screen.getByRole('button', { name: 'Load more results' }))
    await waitFor(() =>
      expect(within(results).getAllByRole('listitem')).toHaveLength(multiType.length + movieResults.length),
    )
    expect(lastSearch().searchParams.get('page')).toBe('2')
    expect(screen.queryByRole('button', { name: 'Load more results' })).not.toBeInTheDocument()
  })

  it('says so when nothing matches', async () => {
    server.use(http.get(`${API}/search/:type`, () => paged(noResults, { pageCount: 0, itemCount: 0 })))
    renderSearch('/search?q=zzqxj')
    expect(await screen.findByRole('heading', { name: 'No results for “zzqxj”' })).toBeInTheDocument()
  })

  it('shows an error with Retry', async () => {
    const user = userEvent.setup()
    let calls = 0
    server.use(
      http.get(`${API}/search/:type`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json({}, { status: 500 })
          : paged(multiType, { pageCount: 1, itemCount: 5 })
      }),
    )
    renderSearch('/search?q=tron')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('list', { name: 'Search results' })).toBeInTheDocument()
  })

  it('offers the ID lookup for an IMDb id', async () => {
    renderSearch('/search?q=tt1104001')
    expect(await screen.findByRole('link', { name: 'look up tt1104001' })).toHaveAttribute(
      'href',
      '/search/imdb/tt1104001',
    )
  })
})
