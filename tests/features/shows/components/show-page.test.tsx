import { screen, waitFor, within } from '@testing-library/react'
import ratings from '../../../fixtures/shows_ratings__trakt-r.json'
import related from '../../../fixtures/shows_related_extended-full__trakt-r.json'
import summary from '../../../fixtures/shows_summary_extended-full-images__trakt-r.json'
import type { Episode, SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { episodesOf, seasonOf, showBySlug } from '../../../support/sandbox-records'

// Breaking Bad as the sandbox seeds it from the recorded summary and credits; the rating distribution and related
// shows are put in from recorded bodies.
const SLUG = summary.ids.slug
const db = () => sandboxServer.sandbox.store.db
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling

function recordedBreakingBad(d: SandboxDb) {
  const show = showBySlug(d, SLUG)
  show.rating = ratings.rating
  show.votes = ratings.votes
  show.extra.distribution = ratings.distribution
  show.extra.relatedIds = related.map((s) => s.ids.trakt).filter((id) => d.shows[id])
}

/** The last episode of the last season. */
function finaleOf(d: SandboxDb): Episode {
  const show = showBySlug(d, SLUG)
  const seasons = Object.values(d.seasons).filter((s) => s.showId === show.ids.trakt)
  return episodesOf(d, show, Math.max(...seasons.map((s) => s.number))).at(-1)!
}

const code = (e: Episode) => `S${String(e.season).padStart(2, '0')}E${String(e.number).padStart(2, '0')}`

const renderShow = (state: (d: SandboxDb) => void = recordedBreakingBad) =>
  renderApp(`/shows/${SLUG}`, { state })

describe('show page', () => {
  const zone = process.env.TZ
  beforeAll(() => {
    // The air time is shown in the user's zone: pin one that is not the show's own.
    process.env.TZ = 'America/Los_Angeles'
  })
  afterAll(() => {
    process.env.TZ = zone
  })

  it("renders the show, its network, status, air time in the user's time zone and seasons", async () => {
    renderShow()
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent(summary.title)
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(fact('Network')).toHaveTextContent(summary.network)
    expect(fact('Status')).toHaveTextContent('Ended')
    // Sunday 21:00 in New York is Sunday 18:00 in Los Angeles, whatever the season.
    expect(fact('Airs')).toHaveTextContent(/^Sundays at 6:00\sPM$/)
    expect(screen.getByText(summary.tagline)).toBeInTheDocument()

    const show = showBySlug(db(), SLUG)
    const seasons = await screen.findByRole('list', { name: 'Seasons' })
    const first = seasonOf(db(), show, 1)
    expect(
      within(seasons).getByRole('link', { name: `Season 1, ${first.episode_count} episodes` }),
    ).toHaveAttribute('href', `/shows/${SLUG}/seasons/1`)
    const numbered = Object.values(db().seasons).filter((s) => s.showId === show.ids.trakt)
    expect(within(seasons).getAllByRole('link')).toHaveLength(numbered.length)
  })

  it('shows the last episode, certifications, ratings, cast and related shows', async () => {
    renderShow()
    const finale = finaleOf(db())
    const last = await screen.findByRole('region', { name: 'Last episode' })
    expect(
      await within(last).findByRole('link', { name: `${code(finale)} ${finale.title}` }),
    ).toHaveAttribute('href', `/shows/${SLUG}/seasons/${finale.season}/episodes/${finale.number}`)
    // Breaking Bad ended: Trakt answers 204 for the next episode.
    const next = screen.getByRole('region', { name: 'Next episode' })
    expect(await within(next).findByText('No episode scheduled.')).toBeInTheDocument()

    const certifications = await screen.findByRole('region', { name: 'Certifications' })
    expect(
      await within(certifications).findByText(`United States: ${summary.certification}`),
    ).toBeInTheDocument()

    const distribution = await screen.findByRole('list', { name: 'Rating distribution' })
    expect(within(distribution).getAllByRole('listitem')[0]).toHaveTextContent(
      `Rated 10: ${ratings.distribution['10'].toLocaleString('en-US')} votes`,
    )

    const cast = await screen.findByRole('list', { name: 'Cast' })
    expect(within(cast).getByRole('link', { name: 'Bryan Cranston' })).toHaveAttribute(
      'href',
      '/people/bryan-cranston',
    )
    expect(within(cast).getByRole('link', { name: 'Bryan Cranston' }).closest('li')).toHaveTextContent(
      /Walter White · \d+ episodes/,
    )

    const relatedShows = await screen.findByRole('list', { name: 'Related shows' })
    const simpsons = related[0]!
    expect(
      within(relatedShows).getByRole('link', { name: `${simpsons.title} (${simpsons.year})` }),
    ).toHaveAttribute('href', `/shows/${simpsons.ids.slug}`)
  })

  it('shows the next episode when one is scheduled', async () => {
    const inAWeek = new Date(sandboxServer.sandbox.store.now().getTime() + 7 * 86400_000).toISOString()
    renderShow((d) => {
      recordedBreakingBad(d)
      const show = showBySlug(d, SLUG)
      const finale = episodesOf(d, show, 5).at(-1)!
      finale.first_aired = inAWeek
    })
    const show = showBySlug(db(), SLUG)
    const finale = episodesOf(db(), show, 5).at(-1)!
    const next = await screen.findByRole('region', { name: 'Next episode' })
    expect(
      await within(next).findByRole('link', {
        name: `S05E${String(finale.number).padStart(2, '0')} ${finale.title}`,
      }),
    ).toHaveAttribute('href', `/shows/${SLUG}/seasons/5/episodes/${finale.number}`)
  })

  it('offers a signed-out visitor the sign-in to track the show', async () => {
    renderShow()
    expect(await screen.findByRole('button', { name: 'Sign in to track this' })).toBeInTheDocument()
  })

  it('loads every section of the page without an error', async () => {
    renderShow()
    await screen.findByRole('region', { name: 'Watching now' })
    await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('says clearly when the show does not exist', async () => {
    renderApp('/shows/no-such-show')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this show" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the seasons fail to load', async () => {
    sandboxServer.sandbox.faults.add({ kind: 'server-error', status: 500, path: `*/shows/${SLUG}/seasons` })
    renderShow()
    const seasons = await screen.findByRole('region', { name: 'Seasons' })
    await waitFor(() => expect(within(seasons).getByRole('alert')).toHaveTextContent(/server error/))
    expect(screen.getByRole('heading', { level: 1, name: /Breaking Bad/ })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Cast' })).toBeInTheDocument()
  })
})
