import { screen, waitFor, within } from '@testing-library/react'
import recordedEpisodes from '../../../fixtures/shows_season_episodes_extended-full__trakt-r.json'
import info from '../../../fixtures/shows_season_info_extended-full__trakt-r.json'
import type { SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { episodesOf, seasonOf, showBySlug } from '../../../support/sandbox-records'

// Breaking Bad's season 2 in the sandbox, with the recorded season summary and the recorded episodes of a season
// (another show's, which is fine for the page) put in its place.
const SLUG = 'breaking-bad'
const db = () => sandboxServer.sandbox.store.db

function recordedSeason(d: SandboxDb) {
  const show = showBySlug(d, SLUG)
  const season = seasonOf(d, show, 2)
  season.overview = info.overview
  season.rating = info.rating
  season.votes = info.votes
  const episodes = episodesOf(d, show, 2)
  recordedEpisodes.forEach((recorded, i) => {
    const episode = episodes[i]
    if (!episode) return
    Object.assign(episode, {
      title: recorded.title,
      overview: recorded.overview,
      first_aired: recorded.first_aired,
      runtime: recorded.runtime,
      rating: recorded.rating,
      votes: recorded.votes,
    })
  })
}

const renderSeason = (season: number | string = 2) =>
  renderApp(`/shows/${SLUG}/seasons/${season}`, { state: recordedSeason })

describe('season page', () => {
  const zone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'UTC'
  })
  afterAll(() => {
    process.env.TZ = zone
  })

  it('renders the season with its episodes: title, overview, air date, runtime and rating', async () => {
    renderSeason()
    expect(await screen.findByRole('heading', { level: 1, name: 'Season 2' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(await screen.findByRole('link', { name: 'Breaking Bad' })).toHaveAttribute(
      'href',
      `/shows/${SLUG}`,
    )
    expect(screen.getByText(/three months since the destruction/)).toBeInTheDocument()

    const show = showBySlug(db(), SLUG)
    const list = await screen.findByRole('list', { name: 'Episodes' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(episodesOf(db(), show, 2).length)
    const pilot = recordedEpisodes[0]!
    expect(within(rows[0]!).getByRole('heading', { level: 3, name: pilot.title })).toBeInTheDocument()
    expect(within(rows[0]!).getByRole('link', { name: pilot.title })).toHaveAttribute(
      'href',
      `/shows/${SLUG}/seasons/2/episodes/1`,
    )
    expect(rows[0]).toHaveTextContent(/Pizza Delivery boy Philip J. Fry/)
    // 1999-03-29T01:00Z in UTC.
    expect(rows[0]).toHaveTextContent(/Mar 29, 1999/)
    expect(rows[0]).toHaveTextContent('22 min')
    expect(within(rows[0]!).getByLabelText(`Rated ${pilot.rating.toFixed(1)}`)).toBeInTheDocument()
    // Signed out, nothing is blurred.
    expect(screen.queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument()
  })

  it('links to the previous and next seasons', async () => {
    renderSeason()
    const nav = await screen.findByRole('navigation', { name: 'Seasons' })
    expect(await within(nav).findByRole('link', { name: '← Season 1' })).toHaveAttribute(
      'href',
      `/shows/${SLUG}/seasons/1`,
    )
    expect(within(nav).getByRole('link', { name: 'Season 3 →' })).toHaveAttribute(
      'href',
      `/shows/${SLUG}/seasons/3`,
    )
  })

  it('shows ratings, stats, people, lists and watchers', async () => {
    renderSeason()
    const distribution = await screen.findByRole('list', { name: 'Rating distribution' })
    expect(within(distribution).getAllByRole('listitem')).toHaveLength(10)
    expect(screen.getByText(`from ${info.votes} votes`, { exact: false })).toBeInTheDocument()
    const stats = screen.getByRole('region', { name: 'Stats' })
    expect(await within(stats).findByText('Collected episodes')).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Cast' })).toHaveTextContent('Bryan Cranston')
    expect(screen.getByRole('region', { name: 'Lists with this season' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Watching now' })).toBeInTheDocument()
    await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('says clearly when the season does not exist', async () => {
    renderSeason(99)
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this season" }),
    ).toBeInTheDocument()
  })

  it('treats a season number that is not a number as not found', async () => {
    renderSeason('first')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this season" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the episodes fail', async () => {
    sandboxServer.sandbox.faults.add({ kind: 'server-error', status: 500, path: `*/shows/${SLUG}/seasons/2` })
    renderSeason()
    const episodes = await screen.findByRole('region', { name: 'Episodes' })
    await waitFor(() => expect(within(episodes).getByRole('alert')).toBeInTheDocument())
    expect(screen.getByRole('heading', { level: 1, name: 'Season 2' })).toBeInTheDocument()
  })
})
