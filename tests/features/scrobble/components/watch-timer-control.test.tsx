import { cleanup, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { historyQueries } from '@/features/history/api/history-queries'
import { formatTime } from '@/lib/dates'
import { DEMO_USER } from '@/sandbox/db/types'
import { sandboxServer } from '../../../support/render-app'
import { TEST_NOW, TEST_URLS, withSandboxClock } from '../../../support/sandbox-server'
import {
  BREAKING_BAD,
  TRON,
  demoState,
  forget,
  openTitle,
  recordWrites,
} from '../../sync/components/title-page'

// The watch timer on real title pages, on the sandbox. Only Date is faked: the app's clock starts at the sandbox's
// (TEST_NOW) and jumps when the test moves it; the timer's once-a-second tick is real and shows the new time.
withSandboxClock()

const MINUTE = 60_000
const STORAGE_KEY = 'marquee.watch-timer'
const db = () => sandboxServer.sandbox.store.db
const runtime = () => db().movies[String(TRON.id)]!.runtime!
const tronBody = { title: TRON.title, year: 2010, ids: { trakt: TRON.id } }
/** The progress Trakt is sent after `minutes` of TRON: a percentage with two decimals. */
const progressAfter = (minutes: number) => Math.round((minutes / runtime()) * 10_000) / 100
const at = (minutes: number) => vi.setSystemTime(TEST_NOW.getTime() + minutes * MINUTE)
const clock = (minutes: number) =>
  minutes >= 60 ? `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}:00` : `${minutes}:00`
const writes = (received: ReturnType<typeof recordWrites>) =>
  received.map((r) => ({ path: r.path, body: r.body }))

async function openTron(state: Parameters<typeof openTitle>[1] = (d) => forget(d, 'movie', TRON.id)) {
  const view = await openTitle(TRON.path, state)
  const timer = () => within(view.actions).getByRole('region', { name: 'Watch timer' })
  return { ...view, timer }
}

describe('the watch timer', () => {
  it('scrobbles start, pause and stop as it runs, survives a reload, and records the play at 80% or more', async () => {
    const received = recordWrites()
    const first = await openTron()
    await first.user.click(await within(first.actions).findByRole('button', { name: 'Start watching' }))

    expect(first.timer()).toHaveTextContent(`Watching0:00 / ${clock(runtime())}`)
    at(30)
    await waitFor(() => expect(first.timer()).toHaveTextContent(`30:00 / ${clock(runtime())}`))
    await first.user.click(within(first.timer()).getByRole('button', { name: 'Pause' }))
    await waitFor(() => expect(received).toHaveLength(2))
    expect(writes(received)).toEqual([
      { path: '/scrobble/start', body: { movie: tronBody, progress: 0 } },
      { path: '/scrobble/pause', body: { movie: tronBody, progress: progressAfter(30) } },
    ])
    expect(first.timer()).toHaveTextContent('Paused')

    // A reload an hour later: the timer is where it was paused.
    first.unmount()
    cleanup()
    at(90)
    const second = await openTitle(TRON.path)
    const timer = await within(second.actions).findByRole('region', { name: 'Watch timer' })
    expect(timer).toHaveTextContent(`Paused30:00 / ${clock(runtime())}`)
    expect(within(timer).getByRole('progressbar')).toHaveAttribute('aria-valuenow', String(progressAfter(30)))

    await second.user.click(within(timer).getByRole('button', { name: 'Resume' }))
    const stopAt = Math.ceil(runtime() * 0.85)
    at(90 + stopAt - 30)
    await waitFor(() => expect(timer).toHaveTextContent('Stopping now records the play'))
    // What else shows this play must follow it: the history gains it (marked stale, as no page shows it), and the
    // title page asks again what it shows: "watching now" ends, and Trakt takes a watched movie off the watchlist.
    const history = historyQueries.list({ type: 'all' }).queryKey
    second.queryClient.setQueryData(history, { pages: [], pageParams: [] })
    const readsAfterStop: string[] = []
    sandboxServer.server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET') readsAfterStop.push(new URL(request.url).pathname)
    })
    await second.user.click(within(timer).getByRole('button', { name: 'Stop' }))

    expect(await within(second.actions).findByText('Recorded: you watched TRON: Legacy.')).toBeInTheDocument()
    await waitFor(() => {
      expect(second.queryClient.getQueryState(history)?.isInvalidated).toBe(true)
      expect(readsAfterStop).toContain('/users/me/watching')
      expect(readsAfterStop.some((path) => path.startsWith('/sync/watchlist/movies'))).toBe(true)
    })
    expect(writes(received).slice(2)).toEqual([
      { path: '/scrobble/start', body: { movie: tronBody, progress: progressAfter(30) } },
      { path: '/scrobble/stop', body: { movie: tronBody, progress: progressAfter(stopAt) } },
    ])
    expect(
      demoState()
        .history.filter((h) => h.item.id === TRON.id)
        .map((h) => h.action),
    ).toEqual(['scrobble'])
    expect(await within(second.actions).findByText(/^Watched once/)).toBeInTheDocument()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(within(second.actions).queryByRole('region', { name: 'Watch timer' })).not.toBeInTheDocument()
  })

  it('saves a stop under 80% as a position, which it then offers to resume from', async () => {
    const received = recordWrites()
    const view = await openTron()
    await view.user.click(await within(view.actions).findByRole('button', { name: 'Start watching' }))
    const stopAt = Math.floor(runtime() * 0.4)
    at(stopAt)
    await waitFor(() => expect(view.timer()).toHaveTextContent(`${clock(stopAt)} /`))
    expect(view.timer()).toHaveTextContent('Stopping before 80% does not record a play')
    await view.user.click(within(view.timer()).getByRole('button', { name: 'Stop' }))

    const percent = `${Math.round(progressAfter(stopAt) * 10) / 10}%`
    expect(
      await within(view.actions).findByText(
        `Stopped at ${percent}. Trakt keeps the position: resume it here or in another app.`,
      ),
    ).toBeInTheDocument()
    expect(demoState().playback.find((p) => p.item.id === TRON.id)?.progress).toBe(progressAfter(stopAt))
    expect(demoState().history.some((h) => h.item.id === TRON.id)).toBe(false)

    await view.user.click(await within(view.actions).findByRole('button', { name: `Resume from ${percent}` }))
    expect(view.timer()).toHaveTextContent(`Watching${clock(stopAt)} /`)
    await waitFor(() => expect(received.at(-1)?.path).toBe('/scrobble/start'))
    expect(received.at(-1)?.body).toEqual({ movie: tronBody, progress: progressAfter(stopAt) })
  })

  it('explains Trakt’s 409 for a play it has just recorded, and lets the timer go', async () => {
    const watchedAt = new Date(TEST_NOW.getTime() - 5 * MINUTE).toISOString()
    const view = await openTron((d) => {
      forget(d, 'movie', TRON.id)
      const state = d.userState[DEMO_USER]!
      state.history.push({
        id: 990_900,
        watched_at: watchedAt,
        action: 'scrobble',
        item: { type: 'movie', id: TRON.id },
      })
      state.playback = [
        { id: 990_901, progress: 90, paused_at: watchedAt, item: { type: 'movie', id: TRON.id } },
      ]
    })
    await view.user.click(await within(view.actions).findByRole('button', { name: 'Resume from 90%' }))
    await view.user.click(within(view.timer()).getByRole('button', { name: 'Stop' }))

    const again = formatTime(Date.parse(watchedAt) + runtime() * MINUTE)
    expect(
      await within(view.actions).findByText(
        `Trakt had already recorded TRON: Legacy at ${formatTime(watchedAt)}, so this stop added no second play. It takes a new play of it after ${again}.`,
      ),
    ).toBeInTheDocument()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
    expect(demoState().history.filter((h) => h.item.id === TRON.id)).toHaveLength(1)
  })

  it('keeps a pause that did not reach Trakt, says why, and sends it again', async () => {
    let isOffline = true
    sandboxServer.server.use(
      http.post(`${TEST_URLS.apiUrl}/scrobble/pause`, () => (isOffline ? HttpResponse.error() : undefined)),
    )
    const view = await openTron()
    await view.user.click(await within(view.actions).findByRole('button', { name: 'Start watching' }))
    at(12)
    await waitFor(() => expect(view.timer()).toHaveTextContent('12:00 /'))
    await view.user.click(within(view.timer()).getByRole('button', { name: 'Pause' }))

    const alert = await within(view.timer()).findByRole('alert')
    expect(alert).toHaveTextContent(/^Could not tell Trakt you paused\. Could not reach Trakt/)
    // Nothing lost: the timer stays paused where the user paused it.
    at(40)
    expect(view.timer()).toHaveTextContent('Paused12:00 /')
    isOffline = false
    await view.user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(within(view.timer()).queryByRole('alert')).not.toBeInTheDocument())
    expect(demoState().playback.find((p) => p.item.id === TRON.id)?.progress).toBe(progressAfter(12))
  })

  it('asks for the runtime when Trakt has none, and scrobbles an episode by its ids', async () => {
    const received = recordWrites()
    const pilot = Object.values(db().episodes).find(
      (e) => e.showId === BREAKING_BAD.id && e.season === 1 && e.number === 1,
    )!
    const view = await openTitle(`${BREAKING_BAD.path}/seasons/1/episodes/1`, (d) => {
      d.episodes[String(pilot.ids.trakt)]!.runtime = null
      d.shows[String(BREAKING_BAD.id)]!.runtime = null
    })
    const runtimeField = await within(view.actions).findByRole('spinbutton', { name: 'Runtime (minutes)' })
    await view.user.click(within(view.actions).getByRole('button', { name: 'Start watching' }))
    expect(within(view.actions).getByRole('alert')).toHaveTextContent(
      'Enter the runtime in whole minutes, 1 to 999.',
    )
    await view.user.type(runtimeField, '42')
    await view.user.click(within(view.actions).getByRole('button', { name: 'Start watching' }))

    const timer = within(view.actions).getByRole('region', { name: 'Watch timer' })
    expect(timer).toHaveTextContent('Watching0:00 / 42:00')
    await waitFor(() => expect(received).toHaveLength(1))
    expect(received[0]).toMatchObject({
      path: '/scrobble/start',
      body: { episode: { ids: { trakt: pilot.ids.trakt } }, progress: 0 },
    })
  })

  it('runs one timer at a time, and says which title has it', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        owner: DEMO_USER,
        item: {
          type: 'movie',
          ids: { trakt: 16662 },
          title: 'Inception',
          year: 2010,
          path: '/movies/inception-2010',
        },
        runtimeMinutes: 148,
        positionMs: 0,
        playingSince: TEST_NOW.getTime(),
      }),
    )
    const view = await openTron()
    const note = await within(view.actions).findByText(/^The watch timer is running for/)
    expect(note).toHaveTextContent(
      'The watch timer is running for Inception. Pause or stop it there to start one here.',
    )
    expect(within(note).getByRole('link', { name: 'Inception' })).toHaveAttribute(
      'href',
      '/movies/inception-2010',
    )
    expect(within(view.actions).queryByRole('button', { name: 'Start watching' })).not.toBeInTheDocument()
  })

  it('explains that Trakt ignores a stop under 1%', async () => {
    const view = await openTron()
    await view.user.click(await within(view.actions).findByRole('button', { name: 'Start watching' }))
    await view.user.click(within(view.timer()).getByRole('button', { name: 'Stop' }))
    expect(
      await within(view.actions).findByText(
        'Stopped under 1% in: Trakt ignores a play that short, so nothing was saved.',
      ),
    ).toBeInTheDocument()
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull()
  })
})
