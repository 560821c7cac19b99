import { configure, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import moviesTrending from '../../../fixtures/movies_trending_extended-full__trakt-r.json'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { recordTraktTraffic } from '../../../support/trakt-traffic'

// Seventeen rails ask the sandbox at once (jsdom has no IntersectionObserver, so every rail counts as in view):
// on a busy machine the hub takes seconds to fill.
configure({ asyncUtilTimeout: 15_000 })

const trakt = recordTraktTraffic()

describe('DiscoverPage', { timeout: 60_000 }, () => {
  it('renders a rail per chart with the first page of each, and a See all link', async () => {
    renderApp('/discover')
    expect(await screen.findByRole('heading', { level: 1, name: 'Discover' })).toBeInTheDocument()

    const trending = await screen.findByRole('list', { name: 'Trending movies' })
    const links = within(trending).getAllByRole('link')
    expect(links).toHaveLength(Number(trakt.last('/movies/trending')!.headers.get('X-Pagination-Limit')))
    // The sandbox's chart is seeded from Trakt's real trending body.
    const first = moviesTrending[0]!.movie
    expect(links[0]).toHaveAccessibleName(`${first.title} (${first.year})`)
    expect(links[0]).toHaveAttribute('href', `/movies/${first.ids.slug}`)

    const boxOffice = await screen.findByRole('list', { name: 'Box office movies' })
    expect(within(boxOffice).getAllByRole('link')).toHaveLength(10)
    expect(within(boxOffice).getAllByText(/^\$\d+(\.\d)?[MK]$/).length).toBeGreaterThan(0)

    expect(await screen.findByRole('list', { name: 'Most watched shows' })).toBeInTheDocument()
    const lists = await screen.findByRole('list', { name: 'Popular lists' })
    for (const link of within(lists).getAllByRole('link'))
      expect(link).toHaveAttribute('href', expect.stringMatching(/^\/users\/[^/]+\/lists\/[^/]+$/))

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

  it('asks Trakt for one page of full info with images, weekly periods by default', async () => {
    renderApp('/discover')
    await screen.findByRole('list', { name: 'Most played shows' })
    const sent = trakt.last('/movies/trending')!.url
    expect(sent.searchParams.get('extended')).toBe('full,images')
    expect(sent.searchParams.get('page')).toBe('1')
    expect(trakt.to('/shows/played/weekly')).toHaveLength(1)
    expect(trakt.to('/movies/trending')).toHaveLength(1)
  })

  it('shows an error with Retry in the rail that failed, and the rest still load', async () => {
    const user = userEvent.setup()
    sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: '/shows/trending',
      remaining: 1,
    })
    renderApp('/discover')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Could not load trending shows' })).toBeInTheDocument()
    expect(within(alert).getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Trending movies' })).toBeInTheDocument()

    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const shows = await screen.findByRole('list', { name: 'Trending shows' })
    expect(within(shows).getAllByRole('link').length).toBeGreaterThan(0)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
