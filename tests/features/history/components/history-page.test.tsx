import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { historyQueries } from '@/features/history/api/history-queries'
import { syncQueries } from '@/features/sync/api/sync-queries'
import { DEMO_USER, type HistoryEntry, type SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'
import { recordTraktTraffic } from '../../../support/trakt-traffic'
import { deferred, recordWrites } from '../../sync/components/title-page'
import { playRows, titleLink } from './history-rows'

const traffic = recordTraktTraffic()

const db = () => sandboxServer.sandbox.store.db
const demoHistory = () => db().userState[DEMO_USER]!.history

/** The demo's plays as Trakt orders them: newest first. */
const newestFirst = (history: HistoryEntry[]) =>
  [...history].sort((a, b) => b.watched_at.localeCompare(a.watched_at) || b.id - a.id)

const pad = (n: number) => String(n).padStart(2, '0')

/** What a play's title link says, from the sandbox's own records. */
function linkText(entry: HistoryEntry): string {
  if (entry.item.type === 'movie') return db().movies[entry.item.id]!.title
  const episode = db().episodes[entry.item.id]!
  return `S${pad(episode.season)}E${pad(episode.number)} ${episode.title}`
}

async function openHistory(url = '/history', state?: (db: SandboxDb) => void) {
  const user = userEvent.setup()
  const view = renderApp(url, { user: DEMO_USER, ...(state ? { state } : {}) })
  const list = await screen.findByRole('list', { name: 'Plays, newest first' })
  return { ...view, user, list }
}

/** The text of a row's title link. */
const titleOf = (row: HTMLElement) => titleLink(row).textContent

describe('history page', () => {
  it('lists the demo user’s plays newest first, under day headings, linking to their pages', async () => {
    const { list } = await openHistory()
    const expected = newestFirst(demoHistory())
    const rows = playRows(list)
    expect(rows.length).toBeGreaterThan(5)
    // Only a window of rows exists at a time, not the whole history.
    expect(rows.length).toBeLessThan(60)
    expect(rows.map(titleOf)).toEqual(expected.slice(0, rows.length).map(linkText))
    expect(within(list).getAllByRole('listitem')[0]).toContainElement(
      within(list).getAllByRole('heading', { level: 2 })[0]!,
    )

    const first = expected[0]!
    const href =
      first.item.type === 'movie'
        ? `/movies/${db().movies[first.item.id]!.ids.slug}`
        : (() => {
            const episode = db().episodes[first.item.id]!
            const show = db().shows[episode.showId]!
            return `/shows/${show.ids.slug}/seasons/${episode.season}/episodes/${episode.number}`
          })()
    expect(titleLink(rows[0]!)).toHaveAttribute('href', href)

    const request = traffic.last('/sync/history')!.url
    expect(request.pathname).toBe('/sync/history')
    expect(Object.fromEntries(request.searchParams)).toEqual({ extended: 'images', page: '1', limit: '100' })
  })

  it('filters by type: Trakt is asked for /sync/history/movies and the address says so', async () => {
    const { user, router } = await openHistory()
    await user.selectOptions(screen.getByLabelText('Type'), 'Movies')

    await waitFor(() => expect(traffic.last('/sync/history')!.url.pathname).toBe('/sync/history/movies'))
    expect(router.state.location.search).toBe('?type=movies')
    const movies = newestFirst(demoHistory().filter((e) => e.item.type === 'movie'))
    // The list of the new filter replaces the old one.
    await waitFor(() => {
      const rows = playRows(screen.getByRole('list', { name: 'Plays, newest first' }))
      expect(rows.map(titleOf)).toEqual(movies.slice(0, rows.length).map(linkText))
    })
  })

  it('sends a date range as the first and last moment of the reader’s local days', async () => {
    await openHistory()
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-01' } })
    await waitFor(() =>
      expect(traffic.last('/sync/history')!.url.searchParams.get('start_at')).not.toBeNull(),
    )
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-20' } })
    await waitFor(() => expect(traffic.last('/sync/history')!.url.searchParams.get('end_at')).not.toBeNull())

    const params = traffic.last('/sync/history')!.url.searchParams
    expect(params.get('start_at')).toBe(new Date(2026, 10, 1).toISOString())
    expect(params.get('end_at')).toBe(new Date(new Date(2026, 10, 21).getTime() - 1).toISOString())
  })

  it('asks Trakt for one item’s plays when the address names it', async () => {
    const movie = newestFirst(demoHistory()).find((e) => e.item.type === 'movie')!
    await openHistory(`/history?type=movies&id=${movie.item.id}`)
    expect(traffic.last('/sync/history')!.url.pathname).toBe(`/sync/history/movies/${movie.item.id}`)
  })

  it('narrows to all plays of a row’s title, says which, and widens again', async () => {
    const { list, user, router } = await openHistory()
    const first = newestFirst(demoHistory())[0]!
    const isMovie = first.item.type === 'movie'
    const showId = isMovie ? null : db().episodes[first.item.id]!.showId
    const name = isMovie ? db().movies[first.item.id]!.title : db().shows[showId!]!.title
    await user.click(within(playRows(list)[0]!).getByRole('link', { name: `All plays of ${name}` }))

    const path = isMovie ? `/sync/history/movies/${first.item.id}` : `/sync/history/shows/${showId}`
    await waitFor(() => expect(traffic.last('/sync/history')!.url.pathname).toBe(path))
    expect(router.state.location.search).toBe(
      isMovie ? `?type=movies&id=${first.item.id}` : `?type=shows&id=${showId}`,
    )
    const filters = screen.getByRole('group', { name: 'Filters' })
    expect(await within(filters).findByText(name)).toBeInTheDocument()
    // Every row is now a play of that title, and none offers "All plays" again.
    const rows = playRows(screen.getByRole('list', { name: 'Plays, newest first' }))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(within(row).queryByRole('link', { name: /^All plays of / })).toBeNull()

    await user.click(within(filters).getByRole('button', { name: 'Show every title' }))
    await waitFor(() => expect(router.state.location.search).toBe(isMovie ? '?type=movies' : '?type=shows'))
  })

  it('removes one play after confirming: exactly { ids: [id] } is sent and the row goes', async () => {
    const received = recordWrites()
    const { list, user } = await openHistory()
    const first = newestFirst(demoHistory())[0]!
    const row = playRows(list)[0]!
    await user.click(within(row).getByRole('button', { name: /^Remove the play of / }))
    const dialog = screen.getByRole('dialog', { name: 'Remove this play?' })
    expect(received).toEqual([])
    await user.click(within(dialog).getByRole('button', { name: 'Remove play' }))

    await waitFor(() => expect(playRows(list).map(titleOf)[0]).not.toBe(linkText(first)))
    await waitFor(() => expect(demoHistory().some((e) => e.id === first.id)).toBe(false))
    expect(received).toEqual([{ method: 'POST', path: '/sync/history/remove', body: { ids: [first.id] } }])
  })

  it('moves focus to the next play’s Remove once a play is removed', async () => {
    const { list, user } = await openHistory()
    const second = playRows(list)[1]!.querySelector('[data-play-id]')!.getAttribute('data-play-id')
    await user.click(within(playRows(list)[0]!).getByRole('button', { name: /^Remove the play of / }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this play?' })).getByRole('button', {
        name: 'Remove play',
      }),
    )
    await waitFor(() =>
      expect(document.activeElement?.closest('[data-play-id]')?.getAttribute('data-play-id')).toBe(second),
    )
    expect(document.activeElement).toHaveAccessibleName(/^Remove the play of /)
  })

  it('adds another play at the chosen local date: Trakt receives the item’s id and that moment', async () => {
    const received = recordWrites()
    const { list, user } = await openHistory()
    const first = newestFirst(demoHistory())[0]!
    const before = demoHistory().length
    await user.click(within(playRows(list)[0]!).getByRole('button', { name: /^Add a play of / }))
    const dialog = screen.getByRole('dialog', { name: 'Add a play' })
    fireEvent.change(within(dialog).getByLabelText('When did you watch it?'), {
      target: { value: '2026-11-20T21:30' },
    })
    await user.click(within(dialog).getByRole('button', { name: 'Add play' }))

    const watchedAt = new Date(2026, 10, 20, 21, 30).toISOString()
    const entry = [{ ids: { trakt: first.item.id }, watched_at: watchedAt }]
    await waitFor(() =>
      expect(received).toEqual([
        {
          method: 'POST',
          path: '/sync/history',
          body: first.item.type === 'movie' ? { movies: entry } : { episodes: entry },
        },
      ]),
    )
    const notices = screen.getByRole('region', { name: 'Notifications' })
    expect(await within(notices).findByText(/^Added a play of /)).toBeInTheDocument()
    expect(demoHistory()).toHaveLength(before + 1)
    expect(
      demoHistory().filter((e) => e.watched_at === watchedAt && e.item.id === first.item.id),
    ).toHaveLength(1)
  })

  it('refuses a play dated in the future, says why, and sends nothing', async () => {
    const received = recordWrites()
    const { list, user } = await openHistory()
    await user.click(within(playRows(list)[0]!).getByRole('button', { name: /^Add a play of / }))
    const dialog = screen.getByRole('dialog', { name: 'Add a play' })
    const field = within(dialog).getByLabelText('When did you watch it?')
    fireEvent.change(field, { target: { value: '2099-01-01T10:00' } })
    await user.click(within(dialog).getByRole('button', { name: 'Add play' }))

    expect(within(dialog).getByRole('alert')).toHaveTextContent('That is in the future.')
    expect(field).toHaveAttribute('aria-invalid', 'true')
    // The typed date stays, to be corrected.
    expect(field).toHaveValue('2099-01-01T10:00')
    expect(received).toEqual([])
  })

  it('keeps the play when the removal is cancelled', async () => {
    const received = recordWrites()
    const { list, user } = await openHistory()
    const before = playRows(list).map(titleOf)
    await user.click(within(playRows(list)[0]!).getByRole('button', { name: /^Remove the play of / }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this play?' })).getByRole('button', {
        name: 'Cancel',
      }),
    )
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(playRows(list).map(titleOf)).toEqual(before)
    expect(received).toEqual([])
  })

  it('takes the row out at once and puts it back with a message when Trakt answers 500', async () => {
    const gate = deferred()
    sandboxServer.server.use(
      http.post(`${TEST_URLS.apiUrl}/sync/history/remove`, async () => {
        await gate.promise
        return HttpResponse.json({ error: 'server' }, { status: 500 })
      }),
    )
    const { list, user } = await openHistory()
    const first = linkText(newestFirst(demoHistory())[0]!)
    await user.click(within(playRows(list)[0]!).getByRole('button', { name: /^Remove the play of / }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this play?' })).getByRole('button', {
        name: 'Remove play',
      }),
    )
    await waitFor(() => expect(playRows(list).map(titleOf)[0]).not.toBe(first))
    gate.resolve()

    const notices = screen.getByRole('region', { name: 'Notifications' })
    expect(
      await within(notices).findByText(
        'Could not remove the play. Trakt had a server error. Try again later.',
      ),
    ).toBeInTheDocument()
    await waitFor(() => expect(playRows(list).map(titleOf)[0]).toBe(first))
  })

  it('says so when the network is down during a removal, and keeps the play', async () => {
    sandboxServer.server.use(http.post(`${TEST_URLS.apiUrl}/sync/history/remove`, () => HttpResponse.error()))
    const { list, user } = await openHistory()
    const first = linkText(newestFirst(demoHistory())[0]!)
    await user.click(within(playRows(list)[0]!).getByRole('button', { name: /^Remove the play of / }))
    await user.click(
      within(screen.getByRole('dialog', { name: 'Remove this play?' })).getByRole('button', {
        name: 'Remove play',
      }),
    )
    const notices = screen.getByRole('region', { name: 'Notifications' })
    expect(
      await within(notices).findByText(/^Could not remove the play\. Could not reach Trakt/),
    ).toBeInTheDocument()
    await waitFor(() => expect(playRows(list).map(titleOf)[0]).toBe(first))
  })

  it('asks a visitor to sign in and asks Trakt nothing', async () => {
    renderApp('/history')
    expect(await screen.findByRole('heading', { name: 'Sign in to see your history' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Sign in with Trakt' })).toBeInTheDocument()
    expect(traffic.to('/sync/history')).toEqual([])
  })

  it('shows a loading skeleton until Trakt answers', async () => {
    const gate = deferred()
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/sync/history`, async () => {
        await gate.promise
        return undefined
      }),
    )
    renderApp('/history', { user: DEMO_USER })
    expect((await screen.findByText('Loading your history…')).closest('[role="status"]')).not.toBeNull()
    expect(screen.queryByRole('list', { name: 'Plays, newest first' })).not.toBeInTheDocument()
    gate.resolve()
    expect(await screen.findByRole('list', { name: 'Plays, newest first' })).toBeInTheDocument()
    expect(screen.queryByText('Loading your history…')).not.toBeInTheDocument()
  })

  it('says "No plays yet" to a user with an empty history', async () => {
    renderApp('/history', {
      user: DEMO_USER,
      state: (d) => {
        d.userState[DEMO_USER]!.history = []
      },
    })
    expect(await screen.findByRole('heading', { name: 'No plays yet' })).toBeInTheDocument()
  })

  it('says "No plays in this range" when the filters match nothing, and clears them', async () => {
    const user = userEvent.setup()
    const { router } = renderApp('/history?start_at=2001-01-01&end_at=2001-01-31', { user: DEMO_USER })
    const empty = await screen.findByRole('heading', { name: 'No plays in this range' })
    await user.click(within(empty.parentElement!).getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByRole('list', { name: 'Plays, newest first' })).toBeInTheDocument()
    expect(router.state.location.search).toBe('')
  })

  it('shows Trakt’s error with a Retry that loads the history', async () => {
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/sync/history`, () => HttpResponse.json({}, { status: 500 }), {
        once: true,
      }),
    )
    const user = userEvent.setup()
    renderApp('/history', { user: DEMO_USER })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Could not load the history' })).toBeInTheDocument()
    expect(alert).toHaveTextContent('Trakt had a server error. Try again later.')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('list', { name: 'Plays, newest first' })).toBeInTheDocument()
  })

  it('lives under the key the sync feature’s history writes invalidate', () => {
    // Marking watched, checking in and removing plays on a title page invalidate ['sync', 'history'].
    expect(historyQueries.all()).toEqual([...syncQueries.all(), 'history'])
    expect(historyQueries.list({ type: 'all' }).queryKey.slice(0, 2)).toEqual(historyQueries.all())
  })
})
