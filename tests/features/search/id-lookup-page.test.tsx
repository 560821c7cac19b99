import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import lookup from '../../fixtures/search_id_lookup__traktkit.json'
import multiType from '../../fixtures/search_text_multi-type__traktkit.json'
import { IdLookupPage } from '@/features/search/components/id-lookup-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { API, paged, renderRoutes } from '../../support/fixture-server'

const seen: URL[] = []
const server = setupServer(
  http.get(`${API}/search/:idType/:id`, ({ request }) => {
    seen.push(new URL(request.url))
    return paged(lookup, { pageCount: 1, itemCount: 1 })
  }),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetTrakt()
  seen.length = 0
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const renderLookup = (url: string) =>
  renderRoutes(
    [
      { path: '/search/:idType/:id', element: <IdLookupPage /> },
      { path: '/movies/:slug', element: <h1>Movie page</h1> },
    ],
    url,
  )

describe('IdLookupPage', () => {
  it('goes straight to the only match, replacing the lookup in history', async () => {
    const { router } = renderLookup('/search/imdb/tt1104001?id_type=movie')
    expect(await screen.findByRole('heading', { name: 'Movie page' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/movies/tron-legacy-2010')
    expect(router.state.historyAction).toBe('REPLACE')
    expect(seen[0]?.pathname).toBe('/search/imdb/tt1104001')
    expect(seen[0]?.searchParams.get('type')).toBe('movie')
  })

  it('lists several matches', async () => {
    server.use(
      http.get(`${API}/search/:idType/:id`, () =>
        paged(multiType.slice(0, 2), { pageCount: 1, itemCount: 2 }),
      ),
    )
    renderLookup('/search/tmdb/20526')
    const list = await screen.findByRole('list', { name: 'Matches' })
    expect(within(list).getAllByRole('link')).toHaveLength(2)
    expect(screen.getByRole('heading', { level: 1, name: 'Look up TMDB ID 20526' })).toBeInTheDocument()
  })

  it('says clearly when nothing is found', async () => {
    server.use(http.get(`${API}/search/:idType/:id`, () => paged([], { pageCount: 0, itemCount: 0 })))
    renderLookup('/search/tvdb/999999999')
    expect(await screen.findByRole('heading', { name: 'Nothing found' })).toBeInTheDocument()
    expect(
      screen.getByText('Trakt has no movie, show, episode or person with TVDB ID 999999999.'),
    ).toBeInTheDocument()
  })

  it('shows an error with Retry', async () => {
    server.use(http.get(`${API}/search/:idType/:id`, () => HttpResponse.json({}, { status: 500 })))
    renderLookup('/search/trakt/12601')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('refuses an unknown id kind without asking Trakt', () => {
    renderLookup('/search/netflix/123')
    expect(screen.getByRole('heading', { name: 'This is not an ID Trakt can look up' })).toBeInTheDocument()
    expect(seen).toHaveLength(0)
  })
})
