import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { formatTime } from '@/lib/dates'
import { DEMO_USER } from '@/sandbox/db/types'
import { sandboxServer } from '../../../support/render-app'
import { TEST_NOW, TEST_URLS, withSandboxClock } from '../../../support/sandbox-server'
import {
  BREAKING_BAD,
  SERVER_MESSAGE,
  TRON,
  demoState,
  failWrite,
  forget,
  openTitle,
  recordWrites,
} from '../../sync/components/title-page'

// Check-in on real title pages (the watch actions' chunk inside the signed-in title actions), on the sandbox. The
// app's clock is the sandbox's (TEST_NOW), so the time left is what Trakt's expiry says.
withSandboxClock()

const MINUTE = 60_000
const db = () => sandboxServer.sandbox.store.db
const tronRuntime = () => db().movies[String(TRON.id)]!.runtime!
const INCEPTION = { id: 16662, title: 'Inception' }

/** The line that says the user is checked in here, with the time left. */
const checkedInLine = (actions: HTMLElement) =>
  within(actions).findByText(
    (_, el) => el?.tagName === 'P' && /^You’re checked in/.test(el.textContent ?? ''),
  )

async function openCheckIn(view: Awaited<ReturnType<typeof openTitle>>) {
  await view.user.click(await within(view.actions).findByRole('button', { name: 'Check in…' }))
  return screen.getByRole('dialog', { name: 'Check in' })
}

describe('check-in', () => {
  it('sends the message and the sharing of the connected networks, then counts down the time left', async () => {
    const received = recordWrites()
    const view = await openTitle(TRON.path, (d) => forget(d, 'movie', TRON.id))
    const dialog = await openCheckIn(view)

    // The demo account has Mastodon and Tumblr connected (/users/settings), not X.
    const mastodon = await within(dialog).findByRole('checkbox', { name: 'Mastodon' })
    expect(within(dialog).getByRole('checkbox', { name: 'Tumblr' })).not.toBeChecked()
    expect(within(dialog).queryByRole('checkbox', { name: 'X (Twitter)' })).not.toBeInTheDocument()
    await view.user.click(mastodon)
    await view.user.type(within(dialog).getByRole('textbox', { name: /Message/ }), 'Back on the Grid')
    await view.user.click(within(dialog).getByRole('button', { name: 'Check in' }))

    expect(await within(view.actions).findByRole('status')).toHaveTextContent(
      'Checked in: you are watching TRON: Legacy.',
    )
    expect(received).toEqual([
      {
        method: 'POST',
        path: '/checkin',
        body: {
          movie: { ids: { trakt: TRON.id } },
          message: 'Back on the Grid',
          sharing: { mastodon: true, tumblr: false },
        },
      },
    ])
    const expiresAt = TEST_NOW.getTime() + tronRuntime() * MINUTE
    expect(demoState().checkin).toMatchObject({ item: { type: 'movie', id: TRON.id }, action: 'checkin' })
    const left = (minutes: number) =>
      `You’re checked in · ${minutes >= 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`} left (until ${formatTime(expiresAt)})`
    const line = await checkedInLine(view.actions)
    expect(line).toHaveTextContent(left(tronRuntime()))
    // Ten minutes on, the same line says ten minutes less.
    vi.setSystemTime(TEST_NOW.getTime() + 10 * MINUTE)
    await waitFor(() => expect(line).toHaveTextContent(left(tronRuntime() - 10)))
    // Trakt records the check-in's play at once: the status says watched.
    expect(await within(view.actions).findByText(/^Watched once/)).toBeInTheDocument()
  })

  it('cancels the check-in with DELETE /checkin', async () => {
    const received = recordWrites()
    const view = await openTitle(TRON.path, (d) => forget(d, 'movie', TRON.id))
    await view.user.click(within(await openCheckIn(view)).getByRole('button', { name: 'Check in' }))
    await view.user.click(await within(view.actions).findByRole('button', { name: 'Cancel check-in' }))

    expect(await within(view.actions).findByText('Check-in cancelled.')).toHaveAttribute('role', 'status')
    expect(within(view.actions).getByRole('button', { name: 'Check in…' })).toBeInTheDocument()
    expect(demoState().checkin).toBeNull()
    expect(received.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /checkin', 'DELETE /checkin'])
    // The check-in's play went with it.
    await waitFor(() => expect(within(view.actions).queryByText(/^Watched/)).not.toBeInTheDocument())
  })

  it('answers a 409 with when the current check-in ends, and can cancel it and check in here', async () => {
    const received = recordWrites()
    const expiresAt = new Date(TEST_NOW.getTime() + 38 * MINUTE).toISOString()
    const view = await openTitle(TRON.path, (d) => {
      forget(d, 'movie', TRON.id)
      d.userState[DEMO_USER]!.checkin = {
        id: 990_500,
        item: { type: 'movie', id: INCEPTION.id },
        started_at: new Date(TEST_NOW.getTime() - 110 * MINUTE).toISOString(),
        expires_at: expiresAt,
        action: 'checkin',
      }
    })
    await view.user.click(within(await openCheckIn(view)).getByRole('button', { name: 'Check in' }))

    const alert = await within(view.actions).findByRole('alert')
    await waitFor(() =>
      expect(alert).toHaveTextContent(
        `You’re already checked in to ${INCEPTION.title} until ${formatTime(expiresAt)} (38 min left). Trakt takes one check-in at a time.`,
      ),
    )
    // An answer to resolve here, not a failure: no "Could not check in" notice.
    expect(screen.queryByText(/Could not check in/)).not.toBeInTheDocument()
    await view.user.click(within(alert).getByRole('button', { name: 'Cancel it and check in here' }))

    expect(await checkedInLine(view.actions)).toBeInTheDocument()
    expect(demoState().checkin?.item).toEqual({ type: 'movie', id: TRON.id })
    expect(received.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /checkin',
      'DELETE /checkin',
      'POST /checkin',
    ])
    expect(within(view.actions).queryByRole('alert')).not.toBeInTheDocument()
  })

  it('keeps the other check-in when asked, and says so for other failures (500) inline', async () => {
    const view = await openTitle(TRON.path, (d) => {
      d.userState[DEMO_USER]!.checkin = {
        id: 990_501,
        item: { type: 'movie', id: INCEPTION.id },
        started_at: TEST_NOW.toISOString(),
        expires_at: new Date(TEST_NOW.getTime() + 90 * MINUTE).toISOString(),
        action: 'checkin',
      }
    })
    await view.user.click(within(await openCheckIn(view)).getByRole('button', { name: 'Check in' }))
    await view.user.click(
      within(await within(view.actions).findByRole('alert')).getByRole('button', { name: 'Keep it' }),
    )
    expect(within(view.actions).queryByRole('alert')).not.toBeInTheDocument()
    expect(demoState().checkin?.item).toEqual({ type: 'movie', id: INCEPTION.id })

    failWrite('post', '/checkin', 500)
    await view.user.click(within(await openCheckIn(view)).getByRole('button', { name: 'Check in' }))
    expect(await within(view.actions).findByRole('alert')).toHaveTextContent(
      `Could not check in. ${SERVER_MESSAGE}`,
    )
  })

  it('checks in to an episode with { episode: { ids } }, leaving sharing to Trakt when the settings fail', async () => {
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/users/settings`, () =>
        HttpResponse.json({ error: 'x' }, { status: 503 }),
      ),
    )
    const received = recordWrites()
    const pilot = Object.values(db().episodes).find(
      (e) => e.showId === BREAKING_BAD.id && e.season === 1 && e.number === 1,
    )!
    const view = await openTitle(`${BREAKING_BAD.path}/seasons/1/episodes/1`)
    const dialog = await openCheckIn(view)
    expect(dialog).toHaveAccessibleDescription(
      `Tell Trakt you are watching Breaking Bad S01E01 “${pilot.title}” now. It counts as watched once its runtime is over.`,
    )
    expect(
      await within(dialog).findByText(/Could not load your connected accounts/, {}, { timeout: 15_000 }),
    ).toBeInTheDocument()
    await view.user.click(within(dialog).getByRole('button', { name: 'Check in' }))

    await checkedInLine(view.actions)
    expect(received).toEqual([
      { method: 'POST', path: '/checkin', body: { episode: { ids: { trakt: pilot.ids.trakt } } } },
    ])
  })

  it('is not offered for shows', async () => {
    const { actions } = await openTitle(BREAKING_BAD.path)
    expect(within(actions).getByRole('button', { name: 'Lists…' })).toBeInTheDocument()
    expect(within(actions).queryByRole('button', { name: /^Check in/ })).not.toBeInTheDocument()
  })
})
