import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { historyQueries } from '@/features/history/api/history-queries'
import { syncQueries } from '@/features/sync/api/sync-queries'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'
import { recordTraktTraffic } from '../../../support/trakt-traffic'
import { deferred, recordWrites } from '../../sync/components/title-page'
import {
  card,
  cardsIn,
  db,
  demoState,
  expectedNotStarted,
  expectedShows,
  openProgress,
  sandboxProgress,
} from './progress-page'

const traffic = recordTraktTraffic()
const API = TEST_URLS.apiUrl
const pad = (n: number) => String(n).padStart(2, '0')
const code = (season: number, number: number) => `S${pad(season)}E${pad(number)}`
const progressRequests = () => traffic.to('/shows/').filter((e) => e.url.pathname.includes('/progress/'))

/** The in-progress show last watched most recently: the first Up next card by the default sort. */
function firstUpNext() {
  const shows = expectedShows()
    .filter((s) => s.tab === 'up-next')
    .sort((a, b) => b.lastAt.localeCompare(a.lastAt))
  return shows[0]!
}

describe('progress page', () => {
  it('asks a visitor to sign in and asks Trakt nothing about them', async () => {
    renderApp('/progress')
    expect(await screen.findByRole('heading', { name: 'Sign in to see your progress' })).toBeInTheDocument()
    expect(traffic.to('/sync/')).toEqual([])
  })

  it('reads the watched shows and each show’s progress, and sorts them into the tabs', async () => {
    await openProgress()
    const shows = expectedShows()
    const count = (tab: string) => shows.filter((s) => s.tab === tab).length
    expect(screen.getByText(`${shows.length} shows`)).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: `Up next ${count('up-next')}` })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(screen.getByRole('tab', { name: `Completed ${count('completed')}` })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: `Hidden ${count('hidden')}` })).toBeInTheDocument()
    expect(
      screen.getByRole('tab', { name: `Not started ${expectedNotStarted().length}` }),
    ).toBeInTheDocument()

    // The list: every page of 250, without seasons; then one progress request per show, with episode details.
    const list = traffic.to('/sync/watched/shows')
    expect(list).toHaveLength(1)
    expect(Object.fromEntries(list[0]!.url.searchParams)).toEqual({
      extended: 'noseasons,images',
      page: '1',
      limit: '250',
    })
    const perShow = progressRequests()
    expect(perShow.map((e) => e.url.pathname).sort()).toEqual(
      shows.map((s) => `/shows/${s.id}/progress/watched`).sort(),
    )
    expect(Object.fromEntries(perShow[0]!.url.searchParams)).toEqual({ extended: 'full' })

    // The first card: the in-progress show watched last, with Trakt's counts and next episode.
    const first = firstUpNext()
    const progress = sandboxProgress(first.id)
    const next = progress.next_episode as { season: number; number: number; title: string }
    const article = cardsIn('Up next')[0]!
    expect(article).toHaveAccessibleName(first.title)
    expect(article).toHaveTextContent(
      `${progress.completed} of ${progress.aired} watched · ${Math.floor((progress.completed / progress.aired) * 100)}%`,
    )
    expect(article).toHaveTextContent(`${progress.aired - progress.completed} episodes left`)
    const slug = db().shows[first.id]!.ids.slug
    expect(
      within(article).getByRole('link', { name: `${code(next.season, next.number)} ${next.title}` }),
    ).toHaveAttribute('href', `/shows/${slug}/seasons/${next.season}/episodes/${next.number}`)
    expect(within(article).getByRole('progressbar')).toHaveAttribute(
      'aria-valuenow',
      String(Math.floor((progress.completed / progress.aired) * 100)),
    )
  })

  it('marks the next episode watched at once, moves the card on, refreshes title and history pages, and undoes it', async () => {
    const writes = recordWrites()
    const gate = deferred()
    sandboxServer.server.use(
      http.post(`${API}/sync/history`, async () => {
        await gate.promise
        // Nothing returned: the sandbox answers.
      }),
    )
    const { user, queryClient } = await openProgress()
    // The show's progress under its new stamp is held back, to see what the card shows meanwhile.
    const refetched = deferred()
    let progressCalls = 0
    sandboxServer.server.use(
      http.get(`${API}/shows/:id/progress/watched`, async ({ params }) => {
        if (Number(params.id) !== firstUpNext().id) return
        progressCalls += 1
        await refetched.promise
      }),
    )
    // A title page and the history page read these: they must go stale with the play. So must the shows'
    // watchlist, which Trakt takes a show off once one of its episodes is watched.
    queryClient.setQueryData(syncQueries.watchedShows().queryKey, [])
    queryClient.setQueryData(historyQueries.list({ type: 'all' }).queryKey, { pages: [], pageParams: [] })
    queryClient.setQueryData(syncQueries.watchlist('shows').queryKey, [])

    const first = firstUpNext()
    const before = sandboxProgress(first.id)
    const next = before.next_episode as { season: number; number: number }
    const mark = within(card('Up next', first.title)).getByRole('button', { name: /^Mark .* watched$/ })
    expect(mark).toHaveTextContent(`Mark ${code(next.season, next.number)} watched`)
    await user.click(mark)

    // Before Trakt answers: counted, and the card offers the following episode.
    const following = code(next.season, next.number + 1)
    const optimistic = card('Up next', first.title)
    expect(optimistic).toHaveTextContent(`${before.completed + 1} of ${before.aired} watched`)
    expect(within(optimistic).getByRole('button', { name: /^Mark .* watched$/ })).not.toHaveTextContent(
      code(next.season, next.number),
    )
    expect(
      screen.getByText(`Marked ${first.title} ${code(next.season, next.number)} watched.`),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled()
    gate.resolve()

    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toBeEnabled())
    // The list came back with the show's new stamp: while its progress is asked for again, the card stays as it is.
    await waitFor(() =>
      expect(traffic.to('/sync/watched/shows').length + progressCalls).toBeGreaterThanOrEqual(2),
    )
    await waitFor(() => expect(progressCalls).toBe(1))
    expect(card('Up next', first.title)).toHaveTextContent(
      `${before.completed + 1} of ${before.aired} watched`,
    )
    refetched.resolve()
    const body = writes.find((w) => w.path === '/sync/history')!.body as {
      shows: { ids: { trakt: number }; watched_at: string; seasons: unknown }[]
    }
    expect(body.shows[0]).toEqual({
      ids: { trakt: first.id },
      watched_at: expect.stringMatching(/\.000Z$/),
      seasons: [{ number: next.season, episodes: [{ number: next.number }] }],
    })
    const watchedAt = body.shows[0]!.watched_at
    const episodeId = Object.values(db().episodes).find(
      (e) => e.showId === first.id && e.season === next.season && e.number === next.number,
    )!.ids.trakt
    expect(demoState().history.some((h) => h.item.id === episodeId && h.watched_at === watchedAt)).toBe(true)
    await waitFor(() => {
      expect(queryClient.getQueryState(syncQueries.watchedShows().queryKey)?.isInvalidated).toBe(true)
      expect(queryClient.getQueryState(historyQueries.list({ type: 'all' }).queryKey)?.isInvalidated).toBe(
        true,
      )
      expect(queryClient.getQueryState(syncQueries.watchlist('shows').queryKey)?.isInvalidated).toBe(true)
    })
    // Trakt's own answer names the following episode.
    const after = sandboxProgress(first.id).next_episode as { season: number; number: number; title: string }
    expect(
      await within(card('Up next', first.title)).findByRole('link', {
        name: `${code(after.season, after.number)} ${after.title}`,
      }),
    ).toBeInTheDocument()
    expect(following).toBe(code(after.season, after.number))

    // Undo removes that one play by its history id, and the card is back where it was.
    const playId = demoState().history.find((h) => h.item.id === episodeId && h.watched_at === watchedAt)!.id
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(() =>
      expect(writes.find((w) => w.path === '/sync/history/remove')?.body).toEqual({ ids: [playId] }),
    )
    expect(
      await within(card('Up next', first.title)).findByRole('button', {
        name: `Mark ${first.title} ${code(next.season, next.number)} watched`,
      }),
    ).toBeInTheDocument()
    await waitFor(() => expect(demoState().history.some((h) => h.id === playId)).toBe(false))
    expect(card('Up next', first.title)).toHaveTextContent(`${before.completed} of ${before.aired} watched`)
  })

  it('hides a show from progress and brings it back', async () => {
    const writes = recordWrites()
    const { user } = await openProgress()
    const first = firstUpNext()
    const hiddenTab = () => screen.getByRole('tab', { name: /^Hidden \d+$/ })
    const hiddenBefore = Number(hiddenTab().textContent!.split(' ')[1])
    await user.click(
      within(card('Up next', first.title)).getByRole('button', { name: `Hide ${first.title}` }),
    )
    expect(
      within(screen.getByRole('list', { name: 'Up next' })).queryByRole('article', { name: first.title }),
    ).toBeNull()
    expect(hiddenTab()).toHaveTextContent(`Hidden ${hiddenBefore + 1}`)
    await waitFor(() =>
      expect(writes.find((w) => w.path === '/users/hidden/progress_watched')?.body).toEqual({
        shows: [{ ids: { trakt: first.id } }],
      }),
    )

    await user.click(hiddenTab())
    await user.click(
      within(card('Hidden', first.title)).getByRole('button', { name: `Unhide ${first.title}` }),
    )
    await waitFor(() =>
      expect(writes.find((w) => w.path === '/users/hidden/progress_watched/remove')?.body).toEqual({
        shows: [{ ids: { trakt: first.id } }],
      }),
    )
    expect(hiddenTab()).toHaveTextContent(`Hidden ${hiddenBefore}`)
    await user.click(screen.getByRole('tab', { name: /^Up next/ }))
    expect(card('Up next', first.title)).toBeInTheDocument()
  })

  it('lists a show hidden before it was ever watched under Hidden, with Unhide', async () => {
    const watched = new Set(expectedShows().map((s) => s.id))
    const never = Object.values(db().shows).find(
      (s) => !watched.has(s.ids.trakt) && !expectedNotStarted().includes(s.ids.trakt),
    )!
    const { user } = await openProgress('/progress?tab=hidden', {
      state: (database) =>
        database.userState[DEMO_USER]!.hidden.push({
          section: 'progress_watched',
          hidden_at: '2026-11-20T10:00:00.000Z',
          item: { type: 'show', id: never.ids.trakt },
        }),
    })
    const article = card('Hidden', never.title)
    expect(article).toHaveTextContent('Not watched yet')
    expect(within(article).queryByRole('progressbar')).toBeNull()
    await user.click(within(article).getByRole('button', { name: `Unhide ${never.title}` }))
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Hidden' })).queryByRole('article', { name: never.title }),
      ).toBeNull(),
    )
  })

  it('lists dropped shows under Hidden and undrops them', async () => {
    const writes = recordWrites()
    const dropped = demoState().hidden.find((h) => h.section === 'dropped' && h.item.type === 'show')!
    const title = db().shows[dropped.item.id]!.title
    const { user } = await openProgress('/progress?tab=hidden')
    const count = (name: string) =>
      Number(
        screen
          .getByRole('tab', { name: new RegExp(`^${name} \\d+$`) })
          .textContent!.split(' ')
          .at(-1),
      )
    const [upNext, hidden] = [count('Up next'), count('Hidden')]
    const article = card('Hidden', title)
    expect(article).toHaveTextContent('Dropped')
    await user.click(within(article).getByRole('button', { name: `Undrop ${title}` }))
    await waitFor(() =>
      expect(writes.find((w) => w.path === '/users/hidden/dropped/remove')?.body).toEqual({
        shows: [{ ids: { trakt: dropped.item.id } }],
      }),
    )
    // Back among the shows in progress (by the sandbox, a dropped show was only part-watched).
    await waitFor(() => expect(count('Up next')).toBe(upNext + 1))
    expect(count('Hidden')).toBe(hidden - 1)
  })

  it('asks nothing per show on a revisit, and after a play only that show again', async () => {
    const { user, router } = await openProgress()
    const shows = expectedShows().length
    expect(progressRequests()).toHaveLength(shows)
    await act(() => router.navigate('/history'))
    await screen.findByRole('heading', { level: 1, name: 'History' })
    await act(() => router.navigate('/progress'))
    await screen.findByText(`${shows} shows`)
    expect(progressRequests()).toHaveLength(shows)

    const first = firstUpNext()
    await user.click(within(card('Up next', first.title)).getByRole('button', { name: /^Mark .* watched$/ }))
    await waitFor(() => expect(progressRequests()).toHaveLength(shows + 1))
    expect(progressRequests().at(-1)!.url.pathname).toBe(`/shows/${first.id}/progress/watched`)
  })

  it('counts a rewatch from reset_at when Trakt’s answer did not leave the earlier plays out', async () => {
    const [showId, resetAt] = Object.entries(demoState().resets)[0]!
    const id = Number(showId)
    // Trakt as the reference describes it: the plays before the reset still count as completed in the answer.
    const unadjusted = () => ({ ...sandboxProgress(id, { ...demoState(), resets: {} }), reset_at: resetAt })
    sandboxServer.server.use(
      http.get(`${API}/shows/${id}/progress/watched`, () => HttpResponse.json(unadjusted())),
    )
    const { user } = await openProgress()
    const adjusted = sandboxProgress(id)
    const title = db().shows[id]!.title
    await user.click(screen.getByRole('tab', { name: /^Up next/ }))
    const article = card('Up next', title)
    expect(article).toHaveTextContent(`${adjusted.completed} of ${adjusted.aired} watched`)
    const next = adjusted.next_episode as { season: number; number: number }
    expect(within(article).getByRole('button', { name: /^Mark .* watched$/ })).toHaveTextContent(
      `Mark ${code(next.season, next.number)} watched`,
    )
  })

  it('sends the progress options to Trakt and keeps them in the address', async () => {
    const { user, router } = await openProgress()
    const before = progressRequests().length
    await user.click(screen.getByText('Options'))
    await user.click(screen.getByRole('checkbox', { name: 'Include specials' }))
    await waitFor(() => expect(progressRequests().length).toBeGreaterThanOrEqual(before * 2))
    expect(Object.fromEntries(progressRequests().at(-1)!.url.searchParams)).toEqual({
      extended: 'full',
      specials: 'true',
    })
    await user.click(screen.getByRole('checkbox', { name: 'Count specials in the stats' }))
    await user.click(screen.getByRole('checkbox', { name: 'Include hidden seasons' }))
    await user.click(screen.getByRole('checkbox', { name: 'Next episode after the one watched last' }))
    await waitFor(() =>
      expect(Object.fromEntries(progressRequests().at(-1)!.url.searchParams)).toEqual({
        extended: 'full',
        specials: 'true',
        count_specials: 'false',
        hidden: 'true',
        last_activity: 'watched',
      }),
    )
    expect(router.state.location.search).toBe('?specials=1&count_specials=0&hidden_seasons=1&last_activity=1')
  })

  it('sorts by title and by fewest remaining', async () => {
    const { user } = await openProgress()
    const upNext = expectedShows().filter((s) => s.tab === 'up-next')
    await user.selectOptions(screen.getByLabelText('Sort'), 'Title')
    const byTitle = [...upNext].sort((a, b) =>
      a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }),
    )
    expect(cardsIn('Up next')[0]).toHaveAccessibleName(byTitle[0]!.title)
    await user.selectOptions(screen.getByLabelText('Sort'), 'Fewest remaining')
    const left = (id: number) => sandboxProgress(id).aired - sandboxProgress(id).completed
    const fewest = Math.min(...upNext.map((s) => left(s.id)))
    expect(cardsIn('Up next')[0]).toHaveTextContent(
      fewest === 1 ? '1 episode left' : `${fewest} episodes left`,
    )
  })

  it('shows collection progress as a second mode', async () => {
    const { user } = await openProgress()
    await user.click(screen.getByRole('button', { name: 'Collection' }))
    await waitFor(() => expect(traffic.to('/sync/collection/shows')).toHaveLength(1))
    await waitFor(() =>
      expect(progressRequests().some((e) => e.url.pathname.endsWith('/progress/collection'))).toBe(true),
    )
    expect(await screen.findByText(/^\d+ shows?$/)).toBeInTheDocument()
    // Nothing to "mark watched" in the collection: the next episode is the next one to collect.
    expect(screen.queryByRole('button', { name: /^Mark .* watched$/ })).toBeNull()
  })

  it('says so when the list fails, and retries the shows whose progress failed', async () => {
    const first = firstUpNext()
    let failing = true
    sandboxServer.server.use(
      http.get(`${API}/shows/${first.id}/progress/watched`, () =>
        failing ? new HttpResponse(null, { status: 404 }) : undefined,
      ),
      // Dropped shows are a newer section: an app that may not read it sees a 403, and nobody notices.
      http.get(`${API}/users/hidden/dropped`, () => new HttpResponse(null, { status: 403 })),
    )
    const { user } = await openProgress()
    expect(screen.getByRole('alert')).toHaveTextContent('1 show could not load.')
    failing = false
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }))
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
    expect(card('Up next', first.title)).toBeInTheDocument()
  })

  it('shows an error with a retry when the watched shows cannot be read', async () => {
    sandboxServer.server.use(
      http.get(`${API}/sync/watched/shows`, () => new HttpResponse(null, { status: 500 })),
    )
    renderApp('/progress', { user: 'demo' })
    expect(await screen.findByRole('heading', { name: 'Could not load your progress' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
