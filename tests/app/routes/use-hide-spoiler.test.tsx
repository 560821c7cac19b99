import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setSpoilerShield } from '@/lib/spoilers'
import { DEMO_USER, type Episode, type SandboxDb } from '@/sandbox/db/types'
import { renderApp } from '../../support/render-app'

// The spoiler shield across the real app: the route composes the demo user's watched episodes (sync) and the
// shield setting into the shows pages' `hideSpoiler`.

const BREAKING_BAD = 1388

type NamedEpisode = Episode & { title: string; overview: string }

/** A seeded Breaking Bad episode (every seeded episode has a title and an overview). */
function episodeOf(db: SandboxDb, season: number, number: number): NamedEpisode {
  const episode = Object.values(db.episodes).find(
    (e) => e.showId === BREAKING_BAD && e.season === season && e.number === number,
  )
  if (!episode?.title || !episode.overview)
    throw new Error(`No seeded S${season}E${number} with a title and overview`)
  return episode as NamedEpisode
}

/** The demo user has watched exactly S01E01 of Breaking Bad. */
function watchedPilotOnly(db: SandboxDb) {
  const ids = new Set(
    Object.values(db.episodes)
      .filter((e) => e.showId === BREAKING_BAD)
      .map((e) => e.ids.trakt),
  )
  const state = db.userState[DEMO_USER]!
  state.history = state.history.filter((entry) => !(entry.item.type === 'episode' && ids.has(entry.item.id)))
  state.history.push({
    id: 990_001,
    watched_at: '2026-01-02T20:00:00.000Z',
    action: 'watch',
    item: { type: 'episode', id: episodeOf(db, 1, 1).ids.trakt },
  })
}

/** Blurred content is out of the accessibility tree and cannot take focus (jsdom does not apply the blur). */
const isBlurred = (element: HTMLElement) => element.closest('[aria-hidden="true"][inert]') !== null

async function episodeRows() {
  const list = await screen.findByRole('list', { name: 'Episodes' }, { timeout: 5000 })
  return within(list).getAllByRole('listitem')
}

describe('spoiler shield on the shows pages', () => {
  it('blurs unwatched episodes on a season page for a signed-in user, keeps watched ones plain, and reveals on request', async () => {
    const user = userEvent.setup()
    const view = renderApp('/shows/breaking-bad/seasons/1', { user: 'demo', state: watchedPilotOnly })
    const db = view.sandbox.store.db
    const pilot = episodeOf(db, 1, 1)
    const second = episodeOf(db, 1, 2)
    const rows = await episodeRows()

    // Once the watched list is in, the pilot is in plain view.
    await waitFor(() =>
      expect(within(rows[0]!).queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument(),
    )
    expect(within(rows[0]!).getByRole('link', { name: pilot.title })).toBeInTheDocument()

    expect(within(rows[1]!).getByRole('link', { name: 'Episode 2' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1/episodes/2',
    )
    expect(isBlurred(within(rows[1]!).getByText(second.title))).toBe(true)
    expect(isBlurred(within(rows[1]!).getByText(second.overview))).toBe(true)
    await user.click(within(rows[1]!).getByRole('button', { name: 'Reveal spoiler' }))
    expect(within(rows[1]!).getByRole('link', { name: second.title })).toBeInTheDocument()
    expect(isBlurred(within(rows[1]!).getByText(second.overview))).toBe(false)
    // Every other unwatched episode stays hidden.
    expect(within(rows[2]!).getByRole('button', { name: 'Reveal spoiler' })).toBeInTheDocument()
  })

  it('shows everything when the user turned the shield off', async () => {
    setSpoilerShield(false)
    const view = renderApp('/shows/breaking-bad/seasons/1', { user: 'demo', state: watchedPilotOnly })
    const rows = await episodeRows()
    expect(
      within(rows[1]!).getByRole('link', { name: episodeOf(view.sandbox.store.db, 1, 2).title }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument()
  })

  it('blurs nothing for a signed-out visitor', async () => {
    const view = renderApp('/shows/breaking-bad/seasons/1')
    const rows = await episodeRows()
    expect(
      within(rows[1]!).getByRole('link', { name: episodeOf(view.sandbox.store.db, 1, 2).title }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument()
  })

  it("names an unwatched episode's page by its code, in the heading and the tab, and keeps the title behind a reveal", async () => {
    const user = userEvent.setup()
    const view = renderApp('/shows/breaking-bad/seasons/1/episodes/2', {
      user: 'demo',
      state: watchedPilotOnly,
    })
    const second = episodeOf(view.sandbox.store.db, 1, 2)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'S01E02' }, { timeout: 5000 }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Breaking Bad S01E02 · Marquee'))
    const overview = () => within(screen.getByRole('region', { name: 'Overview' })).getByText(second.overview)
    const title = () =>
      within(screen.getByRole('heading', { level: 1 }).parentElement!).getByText(second.title)
    expect(isBlurred(overview())).toBe(true)
    expect(isBlurred(title())).toBe(true)
    expect(
      screen.getByRole('button', { name: 'Reveal spoiler', description: 'Still of S01E02' }),
    ).toBeInTheDocument()
    // The watched pilot keeps its title in the episode navigation.
    const nav = screen.getByRole('navigation', { name: 'Episodes' })
    expect(
      await within(nav).findByRole('link', {
        name: `Previous episode: S01E01 ${episodeOf(view.sandbox.store.db, 1, 1).title}`,
      }),
    ).toBeInTheDocument()
    expect(within(nav).getByRole('link', { name: 'Next episode: S01E03' })).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Reveal spoiler', description: 'Title of S01E02' }))
    expect(isBlurred(title())).toBe(false)
    expect(isBlurred(overview())).toBe(true)
  })

  it('shows a watched episode in full', async () => {
    const view = renderApp('/shows/breaking-bad/seasons/1/episodes/1', {
      user: 'demo',
      state: watchedPilotOnly,
    })
    const pilot = episodeOf(view.sandbox.store.db, 1, 1)
    expect(
      await screen.findByRole('heading', { level: 1, name: pilot.title }, { timeout: 5000 }),
    ).toBeInTheDocument()
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Reveal spoiler', description: 'Overview of S01E01' }),
      ).not.toBeInTheDocument(),
    )
    expect(
      isBlurred(within(screen.getByRole('region', { name: 'Overview' })).getByText(pilot.overview)),
    ).toBe(false)
    await waitFor(() => expect(document.title).toBe(`${pilot.title} · Marquee`))
  })
})

describe('spoiler shield on the show page', () => {
  it("blurs the last episode's title and overview when the user has not watched it", async () => {
    const user = userEvent.setup()
    renderApp('/shows/breaking-bad', { user: 'demo', state: watchedPilotOnly })
    const last = await screen.findByRole('region', { name: 'Last episode' }, { timeout: 5000 })
    const reveal = await within(last).findByRole('button', { name: 'Reveal spoiler' })
    expect(within(last).getByRole('link', { name: /^S\d\dE\d\d$/ })).toBeInTheDocument()
    await user.click(reveal)
    expect(within(last).getByRole('button', { name: 'Hide spoiler' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })
})
