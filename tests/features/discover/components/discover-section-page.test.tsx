import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { recordTraktTraffic } from '../../../support/trakt-traffic'

// The whole app loads its route chunks lazily: on a busy machine the first render takes seconds.
configure({ asyncUtilTimeout: 10_000 })

const trakt = recordTraktTraffic()
const itemCount = (path: string) => Number(trakt.last(path)!.headers.get('X-Pagination-Item-Count'))
const urlParams = (router: { state: { location: { search: string } } }) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search))
const formatCount = (n: number) => new Intl.NumberFormat().format(n)

describe('DiscoverSectionPage', { timeout: 30_000 }, () => {
  it('shows the total from the pagination headers and loads page 2 on Load more', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/discover/movies/trending')
    expect(await screen.findByRole('heading', { level: 1, name: 'Trending movies' })).toBeInTheDocument()
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    const total = itemCount('/movies/trending')
    expect(total).toBeGreaterThan(40)
    expect(screen.getByText(`${formatCount(total)} titles`)).toBeInTheDocument()
    expect(within(grid).getAllByRole('listitem')).toHaveLength(20)

    await user.click(screen.getByRole('button', { name: 'Load more titles' }))
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(40))
    expect(trakt.to('/movies/trending').map((e) => e.url.searchParams.get('page'))).toEqual(['1', '2'])
    expect(trakt.last('/movies/trending')!.url.searchParams.get('limit')).toBe('20')
    expect(urlParams(router)).toEqual({ page: '2' })
  })

  it('shows a title once when the chart shifts between two pages', async () => {
    const user = userEvent.setup()
    renderApp('/discover/movies/trending')
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    const firstName = within(grid).getAllByRole('link')[0]!.getAttribute('aria-label')!

    // While the visitor reads page 1, the top title drops into page 2: page 2 now holds it again.
    const db = sandboxServer.sandbox.store.db
    const ranked = Object.values(db.movies)
      .filter((m) => m.extra.watchers > 0)
      .sort((a, b) => b.extra.watchers - a.extra.watchers)
    const top = ranked[0]!
    expect(firstName).toBe(`${top.title} (${top.year})`)
    const place = ranked.findIndex((m, i) => i > 22 && m.extra.watchers > ranked[i + 1]!.extra.watchers)
    expect(place).toBeLessThan(38)
    top.extra.watchers = (ranked[place]!.extra.watchers + ranked[place + 1]!.extra.watchers) / 2

    await user.click(screen.getByRole('button', { name: 'Load more titles' }))
    await waitFor(() => expect(trakt.to('/movies/trending')).toHaveLength(2))
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(39))
    expect(within(grid).getAllByRole('link', { name: firstName })).toHaveLength(1)
  })

  it('opens a shared link on its page count', async () => {
    renderApp('/discover/movies/trending?page=3')
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(60))
    expect(trakt.to('/movies/trending').map((e) => e.url.searchParams.get('page'))).toEqual(['1', '2', '3'])
  })

  it('writes filters to the URL and sends them to Trakt, starting again at page 1', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/discover/movies/trending?page=2')
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(40))
    await user.click(screen.getByRole('button', { name: 'Filters' }))
    const form = screen.getByRole('form', { name: 'Filters' })

    await user.type(within(form).getByLabelText('Title or description'), 'ryan')
    await user.type(within(form).getByLabelText('Years from'), '2000')
    await user.type(within(form).getByLabelText('Years to'), '2026')
    await user.click(within(form).getByRole('button', { name: 'Genres' }))
    await user.click(await within(form).findByRole('checkbox', { name: 'Thriller' }))
    await user.click(within(form).getByRole('checkbox', { name: 'Action' }))
    await user.type(within(form).getByLabelText('Rating from'), '70')
    const before = trakt.to('/movies/trending').length
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }))

    await waitFor(() => expect(trakt.to('/movies/trending')).toHaveLength(before + 1))
    expect(urlParams(router)).toEqual({
      query: 'ryan',
      years: '2000-2026',
      genres: 'action,thriller',
      ratings: '70-100',
    })
    const sent = trakt.last('/movies/trending')!.url
    expect(sent.searchParams.get('query')).toBe('ryan')
    expect(sent.searchParams.get('years')).toBe('2000-2026')
    expect(sent.searchParams.get('genres')).toBe('action,thriller')
    expect(sent.searchParams.get('ratings')).toBe('70-100')
    expect(sent.searchParams.get('page')).toBe('1')
    // The loader sends the request as the navigation starts; the page shows the new filters once it renders.
    expect(await screen.findByRole('button', { name: 'Filters (4)' })).toBeInTheDocument()
    const filtered = itemCount('/movies/trending')
    expect(
      await screen.findByText(`${formatCount(filtered)} title${filtered === 1 ? '' : 's'}`),
    ).toBeVisible()
  })

  it('reads filters from a shared link, offers networks for shows, and follows the period', async () => {
    const user = userEvent.setup()
    renderApp('/discover/shows/watched?period=monthly&networks=HBO&status=ended&page=2')
    await screen.findByRole('list', { name: 'Most watched shows' })
    const sent = trakt.to('/shows/watched')[0]!.url
    expect(sent.pathname).toBe('/shows/watched/monthly')
    expect(sent.searchParams.get('networks')).toBe('HBO')
    expect(sent.searchParams.get('status')).toBe('ended')
    expect(screen.getByRole('link', { name: 'This month' })).toHaveAttribute('aria-current', 'page')
    // Another period is another chart: its link starts at page 1 and keeps the filters.
    expect(screen.getByRole('link', { name: 'All time' })).toHaveAttribute(
      'href',
      '/discover/shows/watched?period=all&networks=HBO&status=ended',
    )

    // A group with a chosen value starts open.
    expect(await screen.findByRole('checkbox', { name: 'HBO' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Ended' })).toBeChecked()
    await user.type(screen.getByLabelText('Find networks'), 'BBC O')
    expect(screen.getByRole('checkbox', { name: 'BBC One' })).not.toBeChecked()
  })

  it('shows a clear empty state when nothing matches, and clears the filters', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/discover/movies/trending?genres=western&years=1901')
    expect(await screen.findByRole('heading', { name: 'No titles match these filters' })).toBeInTheDocument()
    expect(itemCount('/movies/trending')).toBe(0)
    expect(screen.getByText('0 titles')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(await screen.findByRole('list', { name: 'Trending movies' })).toBeInTheDocument()
  })

  it('shows Trakt errors with a Retry that works', async () => {
    const user = userEvent.setup()
    sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: '/movies/trending',
      remaining: 1,
    })
    renderApp('/discover/movies/trending')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Could not load trending movies' })).toBeInTheDocument()
    expect(within(alert).getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    expect(within(grid).getAllByRole('listitem')).toHaveLength(20)
  })

  it('keeps the loaded titles when the next page fails, and Load more tries again', async () => {
    const user = userEvent.setup()
    renderApp('/discover/movies/trending')
    const grid = await screen.findByRole('list', { name: 'Trending movies' })
    sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: '/movies/trending',
      remaining: 1,
    })
    await user.click(screen.getByRole('button', { name: 'Load more titles' }))
    expect(await screen.findByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    expect(within(grid).getAllByRole('listitem')).toHaveLength(20)
    await user.click(screen.getByRole('button', { name: 'Load more titles' }))
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(40))
  })

  it('pages lists too, and stops at the last page', async () => {
    const user = userEvent.setup()
    renderApp('/discover/lists/trending')
    const grid = await screen.findByRole('list', { name: 'Trending lists' })
    const total = itemCount('/lists/trending')
    expect(total).toBeGreaterThan(20)
    expect(total).toBeLessThanOrEqual(40)
    expect(within(grid).getAllByRole('listitem')).toHaveLength(20)
    expect(screen.getByText(`${total} lists`)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Load more lists' }))
    await waitFor(() => expect(within(grid).getAllByRole('listitem')).toHaveLength(total))
    expect(screen.queryByRole('button', { name: 'Load more lists' })).not.toBeInTheDocument()
  })

  it('explains an unknown chart', async () => {
    renderApp('/discover/shows/boxoffice')
    expect(await screen.findByRole('heading', { name: 'There is no such chart' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to Discover' })).toHaveAttribute('href', '/discover')
  })
})
