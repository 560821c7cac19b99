import { screen, waitFor, within } from '@testing-library/react'
import guestStars from '../../../fixtures/shows_people_extended-guest_stars__traktkit.json'
import recorded from '../../../fixtures/shows_episode_summary_extended-full__flexget.json'
import type { SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { episodeOf, showBySlug } from '../../../support/sandbox-records'

// Breaking Bad's S01E02 in the sandbox, with a recorded episode summary (another show's, which is fine for the
// page) put in its place.
const SLUG = 'breaking-bad'
const db = () => sandboxServer.sandbox.store.db
const fact = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling

function recordedEpisode(d: SandboxDb) {
  const episode = episodeOf(d, showBySlug(d, SLUG), 1, 2)
  Object.assign(episode, {
    title: recorded.title,
    overview: recorded.overview,
    first_aired: recorded.first_aired,
    runtime: recorded.runtime,
    ids: { ...episode.ids, imdb: recorded.ids.imdb },
  })
}

const renderEpisode = (season = 1, number = 2, state: (d: SandboxDb) => void = recordedEpisode) =>
  renderApp(`/shows/${SLUG}/seasons/${season}/episodes/${number}`, { state })

describe('episode page', () => {
  const zone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'UTC'
  })
  afterAll(() => {
    process.env.TZ = zone
  })

  it('renders the full episode summary', async () => {
    renderEpisode()
    expect(await screen.findByRole('heading', { level: 1, name: recorded.title })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(fact('Episode')).toHaveTextContent('S01E02')
    // 2004-11-24T02:00Z in UTC.
    expect(fact('Aired')).toHaveTextContent(/Nov 24, 2004/)
    expect(fact('Runtime')).toHaveTextContent(`${recorded.runtime} min`)
    expect(screen.getByRole('region', { name: 'Overview' })).toHaveTextContent(recorded.overview)
    const episode = episodeOf(db(), showBySlug(db(), SLUG), 1, 2)
    const comments = Object.values(db().comments).filter(
      (c) => c.item.type === 'episode' && c.item.id === episode.ids.trakt,
    ).length
    expect(screen.getByRole('link', { name: `Comments (${comments})` })).toHaveAttribute('href', '#comments')
    expect(await screen.findByRole('link', { name: 'Season 1' })).toHaveAttribute(
      'href',
      `/shows/${SLUG}/seasons/1`,
    )
  })

  it('links to the previous and next episodes', async () => {
    renderEpisode()
    const show = showBySlug(db(), SLUG)
    const nav = await screen.findByRole('navigation', { name: 'Episodes' })
    expect(
      await within(nav).findByRole('link', {
        name: `Previous episode: S01E01 ${episodeOf(db(), show, 1, 1).title}`,
      }),
    ).toHaveAttribute('href', `/shows/${SLUG}/seasons/1/episodes/1`)
    expect(
      within(nav).getByRole('link', { name: `Next episode: S01E03 ${episodeOf(db(), show, 1, 3).title}` }),
    ).toHaveAttribute('href', `/shows/${SLUG}/seasons/1/episodes/3`)
  })

  it('shows ratings, stats, people, translations, lists and watchers without a section error', async () => {
    renderEpisode()
    expect(await screen.findByRole('list', { name: 'Rating distribution' })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Cast' })).toHaveTextContent('Bryan Cranston')
    expect(await screen.findByText(/Translations in \d+ languages/)).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Lists with this episode' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Watching now' })).toBeInTheDocument()
    await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
    expect(screen.queryAllByRole('alert')).toEqual([])
  })

  it('lists the guest stars of the episode', async () => {
    const guest = guestStars.guest_stars[0]!
    renderEpisode(1, 2, (d) => {
      recordedEpisode(d)
      const show = showBySlug(d, SLUG)
      d.people[guest.person.ids.trakt] ??= {
        name: guest.person.name,
        ids: guest.person.ids,
        biography: null,
        birthday: null,
        death: null,
        birthplace: null,
        homepage: null,
        gender: null,
        known_for_department: 'acting',
        updated_at: d.seededAt,
        images: {},
      }
      d.credits.push({
        personId: guest.person.ids.trakt,
        mediaType: 'show',
        mediaId: show.ids.trakt,
        characters: guest.characters,
        guestEpisodeIds: [episodeOf(d, show, 1, 2).ids.trakt],
      })
    })
    const guests = await screen.findByRole('list', { name: 'Guest stars' })
    expect(within(guests).getByRole('link', { name: guest.person.name })).toHaveAttribute(
      'href',
      `/people/${guest.person.ids.slug}`,
    )
    expect(within(guests).getByText(new RegExp(guest.characters[0]!))).toBeInTheDocument()
  })

  it('says clearly when the episode does not exist', async () => {
    renderEpisode(1, 99)
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this episode" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the ratings fail', async () => {
    sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: `*/shows/${SLUG}/seasons/1/episodes/2/ratings`,
    })
    renderEpisode()
    const ratings = await screen.findByRole('region', { name: 'Ratings' })
    await waitFor(() => expect(within(ratings).getByRole('alert')).toBeInTheDocument())
    expect(await screen.findByRole('list', { name: 'Cast' })).toBeInTheDocument()
  })

  it('links to IMDb and to the episode on TMDB under its show', async () => {
    renderEpisode()
    const links = await screen.findByRole('list', { name: 'Links' })
    expect(within(links).getByRole('link', { name: /^IMDb/ })).toHaveAttribute(
      'href',
      `https://www.imdb.com/title/${recorded.ids.imdb}/`,
    )
    const show = showBySlug(db(), SLUG)
    expect(await within(links).findByRole('link', { name: /^TMDB/ })).toHaveAttribute(
      'href',
      `https://www.themoviedb.org/tv/${show.ids.tmdb}/season/1/episode/2`,
    )
  })
})
