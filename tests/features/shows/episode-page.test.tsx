import { screen, waitFor, within } from '@testing-library/react'
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

const renderEpisode = (path = '/shows/breaking-bad/seasons/1/episodes/2', element = <EpisodePage timeZone="UTC" />) =>
  renderAt(path, [{ path: '/shows/:slug/seasons/:season/episodes/:episode', element }])

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
    expect(await screen.findByRole('link', { name: 'Season 1' })).toHaveAttribute('href', '/shows/breaking-bad/seasons/1')
  })

  it('links to the previous and next episodes', async () => {
    renderEpisode()
    const nav = await screen.findByRole('navigation', { name: 'Episodes' })
    expect(await within(nav).findByRole('link', { name: 'Previous episode: S01E01 Space Pilot 3000' })).toHaveAttribute('href', '/shows/breaking-bad/seasons/1/episodes/1')
    expect(within(nav).getByRole('link', { name: 'Next episode: S01E03 I, Roommate' })).toHaveAttribute('href', '/shows/breaking-bad/seasons/1/episodes/3')
  })

  it('shows ratings, stats, people, translations, lists and watchers', async () => {
    renderEpisode()
    expect(await screen.findByRole('list', { name: 'Rating distribution' })).toHaveTextContent('Rated 8: 499 votes')
    expect(await screen.findByRole('list', { name: 'Cast' })).toHaveTextContent('Bryan Cranston')
    expect(await screen.findByText('Mark Hibberd')).toBeInTheDocument()
    expect(await screen.findByText(/Translations \(\d+\)/)).toBeInTheDocument()
    const lists = screen.getByRole('region', { name: 'Lists with this episode' })
    expect(await within(lists).findByRole('link', { name: 'Watchlist - TvShows - Pilots' })).toBeInTheDocument()
  })

  it('lists guest stars when Trakt has them', async () => {
    server.use(serve('/shows/:id/seasons/:season/episodes/:episode/people', guestStars))
    renderEpisode()
    const guests = await screen.findByRole('list', { name: 'Guest stars' })
    expect(within(guests).getByRole('link', { name: 'Daniel Portman' })).toHaveAttribute('href', '/people/daniel-portman')
  })

  it('says clearly when the episode does not exist', async () => {
    server.use(fail('/shows/:id/seasons/:season/episodes/:episode', 404))
    renderEpisode('/shows/breaking-bad/seasons/1/episodes/99')
    expect(await screen.findByRole('heading', { level: 1, name: "We couldn't find this episode" })).toBeInTheDocument()
  })

  it('keeps the page up when the ratings fail', async () => {
    server.use(fail('/shows/:id/seasons/:season/episodes/:episode/ratings', 500))
    renderEpisode()
    const ratings = await screen.findByRole('region', { name: 'Ratings' })
    await waitFor(() => expect(within(ratings).getByRole('alert')).toBeInTheDocument())
    expect(await screen.findByRole('list', { name: 'Cast' })).toBeInTheDocument()
  })
})
