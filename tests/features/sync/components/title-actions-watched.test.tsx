import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { sandboxServer } from '../../../support/render-app'
import { TEST_NOW } from '../../../support/sandbox-server'
import {
  BREAKING_BAD,
  TRON,
  LIMIT_MESSAGE,
  SERVER_MESSAGE,
  countReadsMatching,
  demoState,
  expectListedPlays,
  failWrite,
  forget,
  holdWrite,
  onWatchlist,
  openTitle,
  recordWrites,
  watchedTwice,
} from './title-page'

const pad = (n: number) => String(n).padStart(2, '0')
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`

const moviePlays = () => demoState().history.filter((h) => h.item.type === 'movie' && h.item.id === TRON.id)

async function openMarkWatched(view: Awaited<ReturnType<typeof openTitle>>) {
  await view.user.click(within(view.actions).getByRole('button', { name: 'Mark as watched…' }))
  return screen.getByRole('dialog', { name: 'Mark as watched' })
}

describe('mark as watched', () => {
  it('marks a movie watched now: exact body, the play shows at once, Trakt records it, and it is read again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/history')
    const view = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))
    const before = Date.now()
    const watchedReads = countReadsMatching(/^\/sync\/watched\/movies/)

    const dialog = await openMarkWatched(view)
    expect(within(dialog).getByRole('radio', { name: 'Just now' })).toBeChecked()
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    expect(await within(view.actions).findByText(/^Watched once/)).toBeInTheDocument()
    expect(moviePlays()).toHaveLength(0)
    gate.release()
    await waitFor(() => expect(moviePlays()).toHaveLength(1))
    expect(received).toEqual([
      {
        method: 'POST',
        path: '/sync/history',
        body: { movies: [{ ids: { trakt: TRON.id }, watched_at: expect.any(String) }] },
      },
    ])
    const at = Date.parse(moviePlays()[0]!.watched_at)
    expect(at).toBeGreaterThanOrEqual(before - 1000)
    expect(at).toBeLessThanOrEqual(Date.now())
    // Once saved, the watched titles are read again from Trakt.
    await waitFor(() => expect(watchedReads()).toBe(1))
  })

  it('refetches the watchlist: Trakt takes a watched movie off it', async () => {
    const view = await openTitle(TRON.path, onWatchlist)
    expect(within(view.actions).getByText('In your watchlist')).toBeInTheDocument()

    const dialog = await openMarkWatched(view)
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    await waitFor(() => expect(within(view.actions).queryByText('In your watchlist')).not.toBeInTheDocument())
    expect(within(view.actions).getByRole('button', { name: 'Add to watchlist' })).toBeInTheDocument()
  })

  it('lists the new play when "Remove plays" opens again: the history is read again', async () => {
    const view = await openTitle(TRON.path, watchedTwice)
    await within(view.actions).findByText(/^Watched 2 times/)
    await expectListedPlays(view, 2)

    const dialog = await openMarkWatched(view)
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(await within(view.actions).findByText(/^Watched 3 times/)).toBeInTheDocument()
    await waitFor(() => expect(moviePlays()).toHaveLength(3))

    await expectListedPlays(view, 3)
  })

  it('marks it watched on its release date with watched_at "released"', async () => {
    const received = recordWrites()
    const view = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))

    const dialog = await openMarkWatched(view)
    await view.user.click(within(dialog).getByRole('radio', { name: 'On its release date' }))
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    await waitFor(() =>
      expect(received).toEqual([
        {
          method: 'POST',
          path: '/sync/history',
          body: { movies: [{ ids: { trakt: TRON.id }, watched_at: 'released' }] },
        },
      ]),
    )
  })

  it('refuses another date in the future or empty, and sends a past one as UTC', async () => {
    const received = recordWrites()
    const view = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))

    const dialog = await openMarkWatched(view)
    await view.user.click(within(dialog).getByRole('radio', { name: 'Another date' }))
    const input = within(dialog).getByLabelText('Date and time watched')
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the date and time you watched it.')

    fireEvent.change(input, { target: { value: localInput(new Date(Date.now() + 2 * 86_400_000)) } })
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'That is in the future. Choose a date and time that has passed.',
    )
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(received).toEqual([])

    fireEvent.change(input, { target: { value: '2020-05-01T20:30' } })
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    await waitFor(() => expect(received).toHaveLength(1))
    expect(received[0]!.body).toEqual({
      movies: [{ ids: { trakt: TRON.id }, watched_at: new Date('2020-05-01T20:30').toISOString() }],
    })
    await waitFor(() => expect(moviePlays()[0]?.watched_at).toBe(new Date('2020-05-01T20:30').toISOString()))
  })

  it('rolls the play back when Trakt refuses (420) and shows why', async () => {
    failWrite('post', '/sync/history', 420)
    const view = await openTitle(TRON.path, (db) => forget(db, 'movie', TRON.id))

    const dialog = await openMarkWatched(view)
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    expect(await within(view.actions).findByRole('alert')).toHaveTextContent(
      `Could not mark as watched. ${LIMIT_MESSAGE}`,
    )
    expect(within(view.actions).queryByText(/^Watched/)).not.toBeInTheDocument()
    expect(within(view.actions).queryByRole('button', { name: 'Remove plays…' })).not.toBeInTheDocument()
    expect(moviePlays()).toHaveLength(0)
  })

  it('marks a show up to a chosen aired episode, offering only aired regular episodes in order', async () => {
    const received = recordWrites()
    const db = sandboxServer.sandbox.store.db
    // Expected from the sandbox's catalog: Breaking Bad's regular episodes that aired before the test's "now".
    const aired = Object.values(db.episodes)
      .filter(
        (e) =>
          e.showId === BREAKING_BAD.id &&
          e.season > 0 &&
          e.first_aired &&
          e.first_aired <= TEST_NOW.toISOString(),
      )
      .sort((a, b) => a.season - b.season || a.number - b.number)
    const label = (e: (typeof aired)[number]) => `S${pad(e.season)}E${pad(e.number)} · ${e.title}`
    const view = await openTitle(BREAKING_BAD.path, (d) => forget(d, 'show', BREAKING_BAD.id))

    const dialog = await openMarkWatched(view)
    expect(within(dialog).getByRole('radio', { name: 'All aired episodes' })).toBeChecked()
    await view.user.click(within(dialog).getByRole('radio', { name: 'Up to an episode' }))
    const select = await within(dialog).findByRole('combobox', { name: 'Last episode watched' })
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the last episode you watched.')
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose an episode', ...aired.map(label)])
    // The second season's first episode: the whole first season plus one.
    const firstOfTwo = aired.findIndex((e) => e.season === 2)
    await view.user.selectOptions(select, label(aired[firstOfTwo]!))
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    expect(
      await within(view.actions).findByText(new RegExp(`^Watched ${firstOfTwo + 1} episodes`)),
    ).toBeInTheDocument()
    await waitFor(() => expect(received).toHaveLength(1))
    expect(received[0]).toEqual({
      method: 'POST',
      path: '/sync/history',
      body: {
        shows: [
          {
            ids: { trakt: BREAKING_BAD.id },
            watched_at: expect.any(String),
            seasons: [
              { number: 1, episodes: aired.slice(0, firstOfTwo).map((e) => ({ number: e.number })) },
              { number: 2, episodes: [{ number: 1 }] },
            ],
          },
        ],
      },
    })
  })

  it('marks a whole show with { shows: [{ ids, watched_at }] }', async () => {
    const received = recordWrites()
    const view = await openTitle(BREAKING_BAD.path, (d) => forget(d, 'show', BREAKING_BAD.id))

    const dialog = await openMarkWatched(view)
    await view.user.click(within(dialog).getByRole('radio', { name: 'When it first aired' }))
    await view.user.click(within(dialog).getByRole('button', { name: 'Mark as watched' }))

    await waitFor(() =>
      expect(received).toEqual([
        {
          method: 'POST',
          path: '/sync/history',
          body: { shows: [{ ids: { trakt: BREAKING_BAD.id }, watched_at: 'released' }] },
        },
      ]),
    )
  })
})

describe('remove plays', () => {
  it('shows the plays and removes them all at once, before Trakt answers, with the item body, then reads again', async () => {
    const received = recordWrites()
    const gate = holdWrite('post', '/sync/history/remove')
    const view = await openTitle(TRON.path, watchedTwice)
    expect(await within(view.actions).findByText(/^Watched 2 times, last on/)).toBeInTheDocument()
    const watchedReads = countReadsMatching(/^\/sync\/watched\/movies/)

    await view.user.click(within(view.actions).getByRole('button', { name: 'Remove plays…' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove plays' })
    expect(await within(dialog).findAllByRole('listitem')).toHaveLength(2)
    await view.user.click(within(dialog).getByRole('button', { name: 'Remove all plays' }))

    await waitFor(() => expect(within(view.actions).queryByText(/^Watched/)).not.toBeInTheDocument())
    expect(moviePlays()).toHaveLength(2)
    gate.release()
    await waitFor(() => expect(moviePlays()).toHaveLength(0))
    expect(received).toEqual([
      { method: 'POST', path: '/sync/history/remove', body: { movies: [{ ids: { trakt: TRON.id } }] } },
    ])
    await waitFor(() => expect(watchedReads()).toBe(1))
  })

  it('keeps the plays when removing them all fails (420) and shows why', async () => {
    failWrite('post', '/sync/history/remove', 420)
    const view = await openTitle(TRON.path, watchedTwice)
    await within(view.actions).findByText(/^Watched 2 times/)

    await view.user.click(within(view.actions).getByRole('button', { name: 'Remove plays…' }))
    await view.user.click(screen.getByRole('button', { name: 'Remove all plays' }))

    expect(await within(view.actions).findByRole('alert')).toHaveTextContent(
      `Could not remove the plays. ${LIMIT_MESSAGE}`,
    )
    expect(within(view.actions).getByText(/^Watched 2 times/)).toBeInTheDocument()
    expect(moviePlays()).toHaveLength(2)
  })

  it('removes one chosen play by its history id', async () => {
    const received = recordWrites()
    const view = await openTitle(TRON.path, watchedTwice)
    await within(view.actions).findByText(/^Watched 2 times/)

    await view.user.click(within(view.actions).getByRole('button', { name: 'Remove plays…' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove plays' })
    const [first] = await within(dialog).findAllByRole('button', { name: /^Remove the play of/ })
    await view.user.click(first!)

    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1))
    await waitFor(() => expect(moviePlays().map((h) => h.id)).toEqual([990_222]))
    expect(received).toEqual([{ method: 'POST', path: '/sync/history/remove', body: { ids: [990_111] } }])
    expect(await within(view.actions).findByText(/^Watched once/)).toBeInTheDocument()
  })

  it('reads the plays again from Trakt once one is removed', async () => {
    const view = await openTitle(TRON.path, watchedTwice)
    await within(view.actions).findByText(/^Watched 2 times/)
    await view.user.click(within(view.actions).getByRole('button', { name: 'Remove plays…' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove plays' })
    const [first] = await within(dialog).findAllByRole('button', { name: /^Remove the play of/ })
    const historyReads = countReadsMatching(/^\/sync\/history\/movies\//)

    await view.user.click(first!)

    await waitFor(() => expect(historyReads()).toBe(1))
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1)
  })

  it('puts a chosen play back when Trakt fails (500)', async () => {
    failWrite('post', '/sync/history/remove', 500)
    const view = await openTitle(TRON.path, watchedTwice)
    await within(view.actions).findByText(/^Watched 2 times/)

    await view.user.click(within(view.actions).getByRole('button', { name: 'Remove plays…' }))
    const dialog = screen.getByRole('dialog', { name: 'Remove plays' })
    const buttons = await within(dialog).findAllByRole('button', { name: /^Remove the play of/ })
    await view.user.click(buttons[1]!)

    expect(await within(view.actions).findByRole('alert')).toHaveTextContent(
      `Could not remove the plays. ${SERVER_MESSAGE}`,
    )
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(2)
  })
})
