import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import moviesTrending from '../../fixtures/movies_trending_extended-full__trakt-r.json'
import moviesPopular from '../../fixtures/movies_popular_extended-full__trakt-r.json'
import moviesAnticipated from '../../fixtures/movies_anticipated_extended-full__trakt-r.json'
import moviesBoxoffice from '../../fixtures/movies_boxoffice__trakt-r.json'
import moviesPlayed from '../../fixtures/movies_played_weekly__trakt-r.json'
import moviesWatched from '../../fixtures/movies_watched_weekly__trakt-r.json'
import moviesCollected from '../../fixtures/movies_collected_weekly__trakt-r.json'
import moviesUpdates from '../../fixtures/movies_updates__trakt-r.json'
import showsTrending from '../../fixtures/shows_trending_extended-full__trakt-r.json'
import showsPopular from '../../fixtures/shows_popular_extended-full__trakt-r.json'
import showsAnticipated from '../../fixtures/shows_anticipated_extended-full__trakt-r.json'
import showsPlayed from '../../fixtures/shows_played_weekly__trakt-r.json'
import showsWatched from '../../fixtures/shows_watched_weekly__trakt-r.json'
import showsCollected from '../../fixtures/shows_collected_weekly__trakt-r.json'
import showsUpdates from '../../fixtures/shows_updates__trakt-r.json'
import listsTrending from '../../fixtures/lists_trending_personal__trakt-r.json'
import listsPopular from '../../fixtures/lists_popular_personal__trakt-r.json'
import { DiscoverPage } from '@/features/discover/components/discover-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { API, renderRoutes, serve } from '../../support/fixture-server'

const seen: URL[] = []
const hubHandlers = [
  serve('/movies/trending', moviesTrending, seen),
  serve('/movies/popular', moviesPopular, seen),
  serve('/movies/anticipated', moviesAnticipated, seen),
  http.get(`${API}/movies/boxoffice`, ({ request }) => {
    seen.push(new URL(request.url))
    return HttpResponse.json(moviesBoxoffice)
  }),
  serve('/movies/played/:period', moviesPlayed, seen),
  serve('/movies/watched/:period', moviesWatched, seen),
  serve('/movies/collected/:period', moviesCollected, seen),
  serve('/movies/updates/:date', moviesUpdates, seen),
  serve('/shows/trending', showsTrending, seen),
  serve('/shows/popular', showsPopular, seen),
  serve('/shows/anticipated', showsAnticipated, seen),
  serve('/shows/played/:period', showsPlayed, seen),
  serve('/shows/watched/:period', showsWatched, seen),
  serve('/shows/collected/:period', showsCollected, seen),
  serve('/shows/updates/:date', showsUpdates, seen),
  serve('/lists/trending', listsTrending, seen),
  serve('/lists/popular', listsPopular, seen),
]

const server = setupServer(...hubHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetTrakt()
  seen.length = 0
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const renderHub = () => renderRoutes([{ path: '/discover', element: <DiscoverPage /> }], '/discover')

describe('DiscoverPage', () => {
  it('renders a rail per chart from the real bodies, each with a See all link', async () => {
    renderHub()
    expect(screen.getByRole('heading', { level: 1, name: 'Discover' })).toBeInTheDocument()

    const trending = await screen.findByRole('list', { name: 'Trending movies' })
    const links = within(trending).getAllByRole('link')
    expect(links).toHaveLength(moviesTrending.length)
    expect(links[0]).toHaveAccessibleName("Tom Clancy's Jack Ryan: Ghost War (2026)")
    expect(links[0]).toHaveAttribute('href', '/movies/tom-clancy-s-jack-ryan-ghost-war-2026')

    const boxOffice = await screen.findByRole('list', { name: 'Box office movies' })
    expect(within(boxOffice).getByRole('link', { name: /Hoppers/ })).toBeInTheDocument()
    expect(within(boxOffice).getAllByText('$29M')[0]).toBeInTheDocument()

    expect(await screen.findByRole('list', { name: 'Most watched shows' })).toBeInTheDocument()
    const lists = await screen.findByRole('list', { name: 'Popular lists' })
    expect(within(lists).getAllByRole('link', { name: 'IMDB: Top Rated Movies' })[0]).toHaveAttribute(
      'href',
      '/users/justin/lists/imdb-top-rated-movies',
    )

    expect(screen.getByRole('link', { name: 'See all: Trending movies' })).toHaveAttribute(
      'href',
      '/discover/movies/trending',
    )
    expect(screen.getByRole('link', { name: 'See all: Most played shows' })).toHaveAttribute(
      'href',
      '/discover/shows/played',
    )
    expect(screen.getAllByRole('link', { name: /^See all/ })).toHaveLength(17)
  })

  it('asks Trakt for full info with images, weekly periods by default', async () => {
    renderHub()
    await screen.findByRole('list', { name: 'Recently updated shows' })
    const trending = seen.find((u) => u.pathname === '/movies/trending')
    expect(trending?.searchParams.get('extended')).toBe('full,images')
    expect(seen.some((u) => u.pathname === '/shows/played/weekly')).toBe(true)
  })

  it('shows an error with Retry in the rail that failed, and the rest still load', async () => {
    server.use(http.get(`${API}/shows/trending`, () => HttpResponse.json({ error: 'boom' }, { status: 500 })))
    renderHub()
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Could not load trending shows' })).toBeInTheDocument()
    expect(within(alert).getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Trending movies' })).toBeInTheDocument()
  })
})
