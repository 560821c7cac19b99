import { act, configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { recordTraktTraffic } from '../../../support/trakt-traffic'

// The whole app loads its route chunks lazily: on a busy machine the first render takes seconds.
configure({ asyncUtilTimeout: 10_000 })

// The whole app on the sandbox: what Trakt receives is read from the requests, what it answered from its headers.
const trakt = recordTraktTraffic()
const lastSearch = () => trakt.last('/search/')!.url
const itemCount = () => Number(trakt.last('/search/')!.headers.get('X-Pagination-Item-Count'))
/** The count line above the results (the shell has other live regions). */
const resultCount = () => screen.getByText(/^\d+ results?$/, { selector: '[role="status"]' })
const urlParams = (router: { state: { location: { search: string } } }) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search))

describe('SearchPage', { timeout: 30_000 }, () => {
  it('searches as you type, escaping Solr syntax, with the query in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search')
    expect(await screen.findByRole('heading', { name: 'Search Trakt' })).toBeInTheDocument()
    const box = screen.getByRole('searchbox', { name: 'Search Trakt' })
    // The box takes focus in an effect after the page paints (twice in StrictMode): wait for it.
    await waitFor(() => expect(box).toHaveFocus())

    await user.type(box, 'Breaking Bad: The Movie')
    const results = await screen.findByRole('list', { name: 'Search results' })
    expect(trakt.to('/search/')).toHaveLength(1)
    expect(lastSearch().pathname).toBe('/search/movie,show,person')
    expect(lastSearch().searchParams.get('query')).toBe(String.raw`Breaking Bad\: The Movie`)
    expect(lastSearch().searchParams.get('extended')).toBe('full,images')
    expect(urlParams(router)).toEqual({ q: 'Breaking Bad: The Movie' })
    expect(
      within(results).getByRole('link', { name: 'Breaking Bad: The Movie (2017), movie' }),
    ).toHaveAttribute('href', '/movies/breaking-bad-the-movie-2017')
    expect(resultCount()).toHaveTextContent(`${itemCount()} result${itemCount() === 1 ? '' : 's'}`)
    expect(within(results).getAllByRole('listitem')).toHaveLength(itemCount())

    await user.clear(box)
    await user.type(box, '(1996) -/+ "x" && y')
    expect(await screen.findByRole('heading', { name: 'No results for “(1996) -/+ "x" && y”' })).toBeVisible()
    expect(lastSearch().searchParams.get('query')).toBe(String.raw`\(1996\) \-\/\+ \"x\" \&\& y`)
  })

  it('keeps what is typed while the URL catches up, and follows the URL when it moves elsewhere', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search')
    const box = await screen.findByRole('searchbox', { name: 'Search Trakt' })
    await user.type(box, 'tron ')
    await waitFor(() => expect(urlParams(router)).toEqual({ q: 'tron' }))
    // The space typed before the URL caught up is still there for the next word.
    await user.type(box, 'legacy')
    expect(box).toHaveValue('tron legacy')
    await waitFor(() => expect(urlParams(router)).toEqual({ q: 'tron legacy' }))
    expect(await screen.findByRole('link', { name: 'TRON: Legacy (2010), movie' })).toBeInTheDocument()

    await act(() => router.navigate('/search?q=breaking'))
    expect(box).toHaveValue('breaking')
    expect(await screen.findByRole('link', { name: 'Breaking Bad (2008), show' })).toBeInTheDocument()
    await act(() => router.navigate(-1))
    expect(box).toHaveValue('tron legacy')
  })

  it('sends the query as typed in advanced syntax', async () => {
    const user = userEvent.setup()
    renderApp('/search?q=star%20wars%20-clone')
    await waitFor(() => expect(lastSearch().searchParams.get('query')).toBe(String.raw`star wars \-clone`))

    await user.click(await screen.findByRole('button', { name: 'Advanced' }))
    await user.click(screen.getByRole('checkbox', { name: 'Advanced syntax' }))
    await waitFor(() => expect(lastSearch().searchParams.get('query')).toBe('star wars -clone'))
    expect(
      await screen.findByText(
        'Check the advanced syntax, or switch it off to search for the words as typed.',
      ),
    ).toBeInTheDocument()
  })

  it('changes the /search/{type} path with the type chips and sends chosen fields', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=tron')
    const results = await screen.findByRole('list', { name: 'Search results' })
    expect(lastSearch().pathname).toBe('/search/movie,show,person')
    expect(within(results).getByRole('link', { name: 'TRON: Legacy (2010), movie' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Episodes', pressed: false }))
    await waitFor(() => expect(lastSearch().pathname).toBe('/search/movie,show,episode,person'))
    await user.click(screen.getByRole('button', { name: 'Movies', pressed: true }))
    await waitFor(() => expect(lastSearch().pathname).toBe('/search/show,episode,person'))
    expect(urlParams(router).type).toBe('show,episode,person')
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'TRON: Legacy (2010), movie' })).not.toBeInTheDocument(),
    )

    await user.click(screen.getByRole('button', { name: 'Advanced' }))
    await user.click(screen.getByRole('checkbox', { name: 'Title' }))
    await waitFor(() => expect(lastSearch().searchParams.get('fields')).toBe('title'))
    expect(urlParams(router).fields).toBe('title')
  })

  it('loads the next page, keeps the page count in the URL, and stops at the last page', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=love&type=movie')
    const results = await screen.findByRole('list', { name: 'Search results' })
    const total = itemCount()
    // More than one page of 20, fewer than two.
    expect(total).toBeGreaterThan(20)
    expect(total).toBeLessThanOrEqual(40)
    expect(within(results).getAllByRole('listitem')).toHaveLength(20)
    expect(resultCount()).toHaveTextContent(`${total} results`)

    await user.click(screen.getByRole('button', { name: 'Load more results' }))
    await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(total))
    expect(lastSearch().searchParams.get('page')).toBe('2')
    expect(urlParams(router)).toEqual({ q: 'love', type: 'movie', page: '2' })
    expect(screen.queryByRole('button', { name: 'Load more results' })).not.toBeInTheDocument()
  })

  it('opens a shared link on its page, and a new search starts again at page 1', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=man&type=movie&page=2')
    const results = await screen.findByRole('list', { name: 'Search results' })
    await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(40))
    expect(trakt.to('/search/').map((e) => e.url.searchParams.get('page'))).toEqual(['1', '2'])
    expect(screen.getByRole('button', { name: 'Load more results' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Shows', pressed: false }))
    await waitFor(() => expect(lastSearch().pathname).toBe('/search/movie,show'))
    expect(urlParams(router)).toEqual({ q: 'man', type: 'movie,show' })
    expect(lastSearch().searchParams.get('page')).toBe('1')
    await waitFor(() => expect(within(results).getAllByRole('listitem')).toHaveLength(20))
  })

  it('says so when nothing matches', async () => {
    renderApp('/search?q=zzqxj')
    expect(await screen.findByRole('heading', { name: 'No results for “zzqxj”' })).toBeInTheDocument()
    expect(screen.getByText('Check the spelling, or search more types or fields.')).toBeInTheDocument()
  })

  it('shows an error with Retry', async () => {
    const user = userEvent.setup()
    sandboxServer.sandbox.faults.add({ kind: 'server-error', status: 500, path: '/search/*', remaining: 1 })
    renderApp('/search?q=tron')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Search failed' })).toBeInTheDocument()
    expect(within(alert).getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const results = await screen.findByRole('list', { name: 'Search results' })
    expect(within(results).getByRole('link', { name: 'TRON: Legacy (2010), movie' })).toBeInTheDocument()
  })

  it('offers the ID lookup for an IMDb id, which lands on the title', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/search?q=tt1104001')
    const lookup = await screen.findByRole('link', { name: 'look up tt1104001' })
    expect(lookup).toHaveAttribute('href', '/search/imdb/tt1104001')
    await user.click(lookup)
    await waitFor(() => expect(router.state.location.pathname).toBe('/movies/tron-legacy-2010'))
  })
})
