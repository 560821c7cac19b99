import { configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { recordTraktTraffic } from '../../../support/trakt-traffic'

// The whole app loads its route chunks lazily: on a busy machine the first render takes seconds.
configure({ asyncUtilTimeout: 10_000 })

const trakt = recordTraktTraffic()
const db = () => sandboxServer.sandbox.store.db

describe('IdLookupPage', { timeout: 30_000 }, () => {
  it('goes straight to the only match, replacing the lookup in history', async () => {
    const deadpool = Object.values(db().movies).find((m) => m.ids.slug === 'deadpool-2016')!
    const { router } = renderApp(`/search/imdb/${deadpool.ids.imdb}?id_type=movie`)
    expect(await screen.findByRole('heading', { level: 1, name: /^Deadpool/ })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/movies/deadpool-2016')
    expect(router.state.historyAction).toBe('REPLACE')
    const sent = trakt.to('/search/')[0]!.url
    expect(sent.pathname).toBe(`/search/imdb/${deadpool.ids.imdb}`)
    expect(sent.searchParams.get('type')).toBe('movie')
  })

  it('lists several matches when the id is not unique across types', async () => {
    // A movie and a show with the same TMDB id (TMDB numbers movies and shows separately).
    const movie = Object.values(db().movies).find((m) => m.ids.slug === 'deadpool-2016')!
    const show = Object.values(db().shows).find((s) => s.ids.slug === 'breaking-bad')!
    const tmdb = movie.ids.tmdb!
    renderApp(`/search/tmdb/${tmdb}`, {
      state: (state) => void (state.shows[show.ids.trakt]!.ids.tmdb = tmdb),
    })
    const list = await screen.findByRole('list', { name: 'Matches' })
    expect(within(list).getByRole('link', { name: 'Deadpool (2016), movie' })).toHaveAttribute(
      'href',
      '/movies/deadpool-2016',
    )
    expect(within(list).getByRole('link', { name: 'Breaking Bad (2008), show' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad',
    )
    expect(within(list).getAllByRole('link')).toHaveLength(2)
    expect(screen.getByRole('heading', { level: 1, name: `Look up TMDB ID ${tmdb}` })).toBeInTheDocument()
  })

  it('says clearly when nothing is found', async () => {
    renderApp('/search/tvdb/999999999')
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument()
    expect(
      screen.getByText('Trakt has no movie, show, episode or person with TVDB ID 999999999.'),
    ).toBeInTheDocument()
  })

  it('shows an error with Retry', async () => {
    sandboxServer.sandbox.faults.add({ kind: 'server-error', status: 500, path: '/search/trakt/*' })
    renderApp('/search/trakt/12601')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'The lookup failed' })).toBeInTheDocument()
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('refuses an unknown id kind without asking Trakt', async () => {
    renderApp('/search/netflix/123')
    expect(
      await screen.findByRole('heading', { name: 'This is not an ID Trakt can look up' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('link', { name: 'Search by title instead' })).toBeVisible())
    expect(trakt.to('/search/')).toHaveLength(0)
  })
})
