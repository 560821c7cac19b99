import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import guestStars from '../../fixtures/shows_people_extended-guest_stars__traktkit.json'
import { EpisodePage } from '@/features/shows/components/episode-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { fail, renderAt, serve } from '../movies/title-test-kit'
import { episodeHandlers, seasonHandlers, showHandlers } from './show-handlers'

const server = setupServer(...episodeHandlers, ...seasonHandlers, ...showHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetTrakt())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** Blurred content is out of the accessibility tree and cannot take focus (jsdom does not apply the CSS blur). */
const isBlurred = (element: HTMLElement) => element.closest('[aria-hidden="true"][inert]') !== null

const renderEpisode = (
  path = '/shows/breaking-bad/seasons/1/episodes/2',
  element = <EpisodePage timeZone="UTC" />,
) => renderAt(path, [{ path: '/shows/:slug/seasons/:season/episodes/:episode', element }])

describe('EpisodePage', () => {
  it('renders the full episode summary', async () => {
    renderEpisode()
    expect(await screen.findByRole('heading', { level: 1, name: 'Paternity' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByText('Episode', { selector: 'dt' }).nextElementSibling).toHaveTextContent('S01E02')
    expect(screen.getByText('Aired', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/Nov 24, 2004/)
    expect(screen.getByText('Runtime', { selector: 'dt' }).nextElementSibling).toHaveTextContent('43 min')
    expect(screen.getByText(/teenage lacrosse player/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Comments (3)' })).toHaveAttribute('href', '#comments')
    expect(await screen.findByRole('link', { name: 'Season 1' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1',
    )
  })

  it('links to the previous and next episodes', async () => {
    renderEpisode()
    const nav = await screen.findByRole('navigation', { name: 'Episodes' })
    expect(
      await within(nav).findByRole('link', { name: 'Previous episode: S01E01 Space Pilot 3000' }),
    ).toHaveAttribute('href', '/shows/breaking-bad/seasons/1/episodes/1')
    expect(within(nav).getByRole('link', { name: 'Next episode: S01E03 I, Roommate' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1/episodes/3',
    )
  })

  it('shows ratings, stats, people, translations, lists and watchers', async () => {
    renderEpisode()
    expect(await screen.findByRole('list', { name: 'Rating distribution' })).toHaveTextContent(
      'Rated 8: 499 votes',
    )
    expect(await screen.findByRole('list', { name: 'Cast' })).toHaveTextContent('Bryan Cranston')
    expect(await screen.findByText('Mark Hibberd')).toBeInTheDocument()
    expect(await screen.findByText(/Translations in \d+ languages/)).toBeInTheDocument()
    const lists = screen.getByRole('region', { name: 'Lists with this episode' })
    expect(
      await within(lists).findByRole('link', { name: 'Watchlist - TvShows - Pilots' }),
    ).toBeInTheDocument()
  })

  it('lists guest stars when Trakt has them', async () => {
    server.use(serve('/shows/:id/seasons/:season/episodes/:episode/people', guestStars))
    renderEpisode()
    const guests = await screen.findByRole('list', { name: 'Guest stars' })
    expect(within(guests).getByRole('link', { name: 'Daniel Portman' })).toHaveAttribute(
      'href',
      '/people/daniel-portman',
    )
  })

  it('says clearly when the episode does not exist', async () => {
    server.use(fail('/shows/:id/seasons/:season/episodes/:episode', 404))
    renderEpisode('/shows/breaking-bad/seasons/1/episodes/99')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this episode" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the ratings fail', async () => {
    server.use(fail('/shows/:id/seasons/:season/episodes/:episode/ratings', 500))
    renderEpisode()
    const ratings = await screen.findByRole('region', { name: 'Ratings' })
    await waitFor(() => expect(within(ratings).getByRole('alert')).toBeInTheDocument())
    expect(await screen.findByRole('list', { name: 'Cast' })).toBeInTheDocument()
  })

  it("hides the title, still, overview, translations and the neighbours' titles of an episode that could spoil", async () => {
    const user = userEvent.setup()
    renderEpisode(
      '/shows/breaking-bad/seasons/1/episodes/2',
      <EpisodePage timeZone="UTC" hideSpoiler={(_, episode) => episode !== 1} />,
    )
    // The h1 keeps the page named by the episode's code; the title waits behind its own reveal.
    expect(await screen.findByRole('heading', { level: 1, name: 'S01E02' })).toBeInTheDocument()
    expect(isBlurred(screen.getByText('Paternity'))).toBe(true)
    expect(isBlurred(screen.getByText(/teenage lacrosse player/))).toBe(true)
    const reveals = screen.getAllByRole('button', { name: 'Reveal spoiler' })
    expect(reveals.map((button) => button.getAttribute('aria-expanded'))).toEqual(reveals.map(() => 'false'))
    expect(
      screen.getByRole('button', { name: 'Reveal spoiler', description: 'Title of S01E02' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: 'Reveal spoiler', description: 'Overview of S01E02' }),
    ).toBeInTheDocument()
    expect(
      await screen.findByRole('button', {
        name: 'Reveal spoiler',
        description: 'Translated titles and overviews of S01E02',
      }),
    ).toBeInTheDocument()

    // The watched neighbour keeps its title; the unwatched one shows only its code.
    const nav = screen.getByRole('navigation', { name: 'Episodes' })
    expect(
      await within(nav).findByRole('link', { name: 'Previous episode: S01E01 Space Pilot 3000' }),
    ).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Next episode: S01E03' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Reveal spoiler', description: 'Title of S01E02' }))
    expect(isBlurred(screen.getByText('Paternity'))).toBe(false)
    expect(screen.getByText('Paternity')).toBeVisible()
    // Each piece has its own reveal: the overview stays hidden.
    expect(isBlurred(screen.getByText(/teenage lacrosse player/))).toBe(true)
  })

  it('links to IMDb and to the episode on TMDB under its show', async () => {
    renderEpisode()
    const links = await screen.findByRole('list', { name: 'Links' })
    expect(within(links).getByRole('link', { name: /^IMDb/ })).toHaveAttribute(
      'href',
      'https://www.imdb.com/title/tt0606034/',
    )
    expect(await within(links).findByRole('link', { name: /^TMDB/ })).toHaveAttribute(
      'href',
      'https://www.themoviedb.org/tv/1396/season/1/episode/2',
    )
  })
})
