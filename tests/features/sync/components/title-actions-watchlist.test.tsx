import { screen, waitFor, within } from '@testing-library/react'
import { renderApp, sandboxServer } from '../../../support/render-app'
import {
  BREAKING_BAD,
  TRON,
  LIMIT_MESSAGE,
  SERVER_MESSAGE,
  countReadsMatching,
  deferred,
  demoState,
  failWrite,
  forget,
  holdWrite,
  onWatchlist,
  openTitle,
  recordWrites,
} from './title-page'

const inWatchlist = (type: string, id: number) =>
  demoState().watchlist.some((e) => e.item.type === type && e.item.id === id)

describe('TitleActions when signed out', () => {
  it('offers one sign-in button instead of the actions', async () => {
    renderApp(TRON.path)
    expect(
      await screen.findByRole('button', { name: 'Sign in to track this' }, { timeout: 10_000 }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Your actions' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Add to watchlist' })).not.toBeInTheDocument()
  })
})

describe('watchlist', () => {
  it('adds a movie at once, before Trakt answers, with the exact body, then reads the watchlist again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/watchlist')
    const { user, actions } = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))
    const watchlistReads = countReadsMatching(/^\/sync\/watchlist\/movies/)

    await user.click(within(actions).getByRole('button', { name: 'Add to watchlist' }))

    expect(await within(actions).findByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    expect(within(actions).getByText('In your watchlist')).toBeInTheDocument()
    expect(inWatchlist('movie', TRON.id)).toBe(false)
    gate.release()
    await waitFor(() => expect(inWatchlist('movie', TRON.id)).toBe(true))
    expect(received).toEqual([
      { method: 'POST', path: '/sync/watchlist', body: { movies: [{ ids: { trakt: TRON.id } }] } },
    ])
    // Once saved, the watchlist is read again from Trakt.
    await waitFor(() => expect(watchlistReads()).toBe(1))
    expect(within(actions).getByText('In your watchlist')).toBeInTheDocument()
  })

  it('rolls back and explains a 420 account limit', async () => {
    const gate = deferred()
    failWrite('post', '/sync/watchlist', 420, gate.promise)
    const { user, actions } = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))

    await user.click(within(actions).getByRole('button', { name: 'Add to watchlist' }))
    expect(await within(actions).findByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    gate.resolve()

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not add to your watchlist. ${LIMIT_MESSAGE}`,
    )
    expect(within(actions).getByRole('button', { name: 'Add to watchlist' })).toBeInTheDocument()
    expect(within(actions).queryByText('In your watchlist')).not.toBeInTheDocument()
    expect(
      await screen.findByText(`Could not add to your watchlist. ${LIMIT_MESSAGE}`, { selector: 'ol *' }),
    ).toBeInTheDocument()
    expect(inWatchlist('movie', TRON.id)).toBe(false)
  })

  it('removes a movie at once, before Trakt answers, with the exact body, then reads the watchlist again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/watchlist/remove')
    const { user, actions } = await openTitle(TRON.path, onWatchlist)
    const watchlistReads = countReadsMatching(/^\/sync\/watchlist\/movies/)

    await user.click(within(actions).getByRole('button', { name: 'Remove from watchlist' }))

    expect(await within(actions).findByRole('button', { name: 'Add to watchlist' })).toBeInTheDocument()
    expect(inWatchlist('movie', TRON.id)).toBe(true)
    gate.release()
    await waitFor(() => expect(inWatchlist('movie', TRON.id)).toBe(false))
    expect(received).toEqual([
      { method: 'POST', path: '/sync/watchlist/remove', body: { movies: [{ ids: { trakt: TRON.id } }] } },
    ])
    await waitFor(() => expect(watchlistReads()).toBe(1))
  })

  it('puts it back when the removal fails (500)', async () => {
    failWrite('post', '/sync/watchlist/remove', 500)
    const { user, actions } = await openTitle(BREAKING_BAD.path)
    // The demo user has Breaking Bad in the watchlist.
    expect(within(actions).getByText('In your watchlist')).toBeInTheDocument()

    await user.click(within(actions).getByRole('button', { name: 'Remove from watchlist' }))

    expect(await within(actions).findByRole('alert')).toHaveTextContent(
      `Could not remove from your watchlist. ${SERVER_MESSAGE}`,
    )
    expect(within(actions).getByRole('button', { name: 'Remove from watchlist' })).toBeInTheDocument()
    expect(within(actions).getByText('In your watchlist')).toBeInTheDocument()
    expect(inWatchlist('show', BREAKING_BAD.id)).toBe(true)
  })

  it('sends episodes and seasons under their own keys', async () => {
    const received = recordWrites()
    const db = sandboxServer.sandbox.store.db
    const pilot = Object.values(db.episodes).find(
      (e) => e.showId === BREAKING_BAD.id && e.season === 1 && e.number === 1,
    )!
    const seasonOne = Object.values(db.seasons).find((s) => s.showId === BREAKING_BAD.id && s.number === 1)!
    const episode = await openTitle(`${BREAKING_BAD.path}/seasons/1/episodes/1`)
    await episode.user.click(within(episode.actions).getByRole('button', { name: 'Add to watchlist' }))
    await waitFor(() => expect(inWatchlist('episode', pilot.ids.trakt)).toBe(true))
    episode.unmount()

    const season = await openTitle(`${BREAKING_BAD.path}/seasons/1`)
    await season.user.click(within(season.actions).getByRole('button', { name: 'Add to watchlist' }))
    await waitFor(() => expect(inWatchlist('season', seasonOne.ids.trakt)).toBe(true))
    expect(received).toEqual([
      { method: 'POST', path: '/sync/watchlist', body: { episodes: [{ ids: { trakt: pilot.ids.trakt } }] } },
      {
        method: 'POST',
        path: '/sync/watchlist',
        body: { seasons: [{ ids: { trakt: seasonOne.ids.trakt } }] },
      },
    ])
  })
})
