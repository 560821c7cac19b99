import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { DEMO_USER, type SandboxDb } from '@/sandbox/db/types'
import { renderApp } from '../../support/render-app'

const BREAKING_BAD = 1388

// The first visit to a route loads its code chunk, which takes a while on a busy machine.
const LOAD = { timeout: 5000 }

/** The demo user has watched nothing of Breaking Bad, so with the shield on every episode could spoil. */
function watchedNoBreakingBad(db: SandboxDb) {
  const ids = new Set(
    Object.values(db.episodes)
      .filter((e) => e.showId === BREAKING_BAD)
      .map((e) => e.ids.trakt),
  )
  const state = db.userState[DEMO_USER]!
  state.history = state.history.filter((entry) => !(entry.item.type === 'episode' && ids.has(entry.item.id)))
}

function secondEpisode(db: SandboxDb) {
  const episode = Object.values(db.episodes).find(
    (e) => e.showId === BREAKING_BAD && e.season === 1 && e.number === 2,
  )
  if (!episode?.overview) throw new Error('No seeded S01E02 with an overview')
  return episode as typeof episode & { overview: string }
}

/** Blurred content is out of the accessibility tree and cannot take focus (jsdom does not apply the blur). */
const isBlurred = (element: HTMLElement) => element.closest('[aria-hidden="true"][inert]') !== null

async function secondRow() {
  const list = await screen.findByRole('list', { name: 'Episodes' }, LOAD)
  return within(list).getAllByRole('listitem')[1]!
}

describe('Settings', () => {
  it('lets a signed-in user turn the spoiler shield off, and the show pages show every episode', async () => {
    const user = userEvent.setup()
    const view = renderApp('/settings', { user: 'demo', state: watchedNoBreakingBad })
    const overview = secondEpisode(view.sandbox.store.db).overview

    const toggle = await screen.findByRole('switch', { name: /Spoiler shield/ }, LOAD)
    expect(toggle).toBeChecked()
    await user.click(toggle)
    expect(toggle).not.toBeChecked()
    expect(localStorage.getItem('marquee.setting.spoiler-shield')).toBe('off')

    await act(() => view.router.navigate('/shows/breaking-bad/seasons/1'))
    const plain = await secondRow()
    await waitFor(() => expect(within(plain).getByText(overview)).toBeInTheDocument())
    expect(isBlurred(within(plain).getByText(overview))).toBe(false)
    expect(screen.queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument()
  }, 30_000) // the first test here also loads the settings and season route chunks

  it('turns the shield back on, and unwatched episodes hide again', async () => {
    const user = userEvent.setup()
    localStorage.setItem('marquee.setting.spoiler-shield', 'off')
    const view = renderApp('/settings', { user: 'demo', state: watchedNoBreakingBad })
    const overview = secondEpisode(view.sandbox.store.db).overview

    const toggle = await screen.findByRole('switch', { name: /Spoiler shield/ }, LOAD)
    expect(toggle).not.toBeChecked()
    await user.click(toggle)
    expect(toggle).toBeChecked()
    expect(localStorage.getItem('marquee.setting.spoiler-shield')).toBe('on')

    await act(() => view.router.navigate('/shows/breaking-bad/seasons/1'))
    const hidden = await secondRow()
    expect(within(hidden).getByRole('button', { name: 'Reveal spoiler' })).toBeInTheDocument()
    expect(isBlurred(within(hidden).getByText(overview))).toBe(true)
  })

  it('keeps the theme switch next to it', async () => {
    renderApp('/settings', { user: 'demo' })
    expect(await screen.findByRole('group', { name: 'Theme' }, LOAD)).toBeInTheDocument()
  })

  it('asks a visitor to sign in', async () => {
    renderApp('/settings')
    expect(
      await screen.findByRole('heading', { name: 'Sign in to see your settings' }, LOAD),
    ).toBeInTheDocument()
    expect(screen.queryByRole('switch', { name: /Spoiler shield/ })).not.toBeInTheDocument()
  })
})
