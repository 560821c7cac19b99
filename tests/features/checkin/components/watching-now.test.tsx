import { screen, waitFor, within } from '@testing-library/react'
import { formatTime } from '@/lib/dates'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_NOW, withSandboxClock } from '../../../support/sandbox-server'
import { recordTraktTraffic } from '../../../support/trakt-traffic'

// "Watching now" (/users/{id}/watching) on profiles and in the signed-in header, against the sandbox's clock.
withSandboxClock()

const traffic = recordTraktTraffic()
const MINUTE = 60_000
const db = () => sandboxServer.sandbox.store.db
/** The seed has the first two other users (by slug) watching: one checked in, one scrobbling. */
const others = () =>
  Object.keys(db().users)
    .filter((slug) => slug !== DEMO_USER)
    .sort()

function minutesLeft(expiresAt: string) {
  const minutes = Math.ceil((Date.parse(expiresAt) - TEST_NOW.getTime()) / MINUTE)
  return minutes >= 60
    ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`
    : `${minutes} min`
}

describe('on profiles', () => {
  it('shows what a user is checked in to, or playing, with the time left and its local end', async () => {
    const [checkedIn, scrobbling] = others()
    const checkin = db().userState[checkedIn!]!.checkin!
    const movie = db().movies[String(checkin.item.id)]!
    renderApp(`/users/${checkedIn}`)

    const region = await screen.findByRole('region', { name: 'Watching now' })
    expect(within(region).getByRole('link', { name: movie.title })).toHaveAttribute(
      'href',
      `/movies/${movie.ids.slug}`,
    )
    expect(region).toHaveTextContent(
      `Checked in · ${minutesLeft(checkin.expires_at)} left (until ${formatTime(checkin.expires_at)})`,
    )
    expect(traffic.last('/users/')?.url.pathname).toBe(`/users/${checkedIn}/watching`)

    const playing = db().userState[scrobbling!]!.checkin!
    renderApp(`/users/${scrobbling}`)
    await waitFor(() => expect(screen.getAllByRole('region', { name: 'Watching now' })).toHaveLength(2))
    expect(screen.getAllByRole('region', { name: 'Watching now' })[1]).toHaveTextContent(
      `Playing · ${minutesLeft(playing.expires_at)} left`,
    )
  })

  it('shows nothing when Trakt answers 204', async () => {
    const idle = others().find((slug) => !db().users[slug]!.private && !db().userState[slug]?.checkin)!
    renderApp(`/users/${idle}`)
    await waitFor(() => expect(traffic.last(`/users/${idle}/watching`)?.status).toBe(204))
    expect(await screen.findByRole('heading', { level: 1, name: idle })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Watching now' })).not.toBeInTheDocument()
  })
})

describe('in the header', () => {
  it('shows the signed-in user’s check-in with the time left, linking to it', async () => {
    const expiresAt = new Date(TEST_NOW.getTime() + 42 * MINUTE).toISOString()
    renderApp('/discover', {
      user: DEMO_USER,
      state: (d) => {
        d.userState[DEMO_USER]!.checkin = {
          id: 990_600,
          item: { type: 'movie', id: 12601 },
          started_at: new Date(TEST_NOW.getTime() - 60 * MINUTE).toISOString(),
          expires_at: expiresAt,
          action: 'checkin',
        }
      },
    })
    const link = await screen.findByRole('link', { name: 'Watching now: TRON: Legacy, 42 min left' })
    expect(link).toHaveAttribute('href', '/movies/tron-legacy-2010')
    expect(link.closest('header')).toBe(screen.getByRole('banner'))
    vi.setSystemTime(TEST_NOW.getTime() + 2 * MINUTE)
    expect(
      await screen.findByRole('link', { name: 'Watching now: TRON: Legacy, 40 min left' }),
    ).toHaveAttribute('href', '/movies/tron-legacy-2010')
  })

  it('asks nothing for a visitor, and shows nothing while the user watches nothing', async () => {
    renderApp('/discover')
    expect(await screen.findByRole('heading', { level: 1, name: 'Discover' })).toBeInTheDocument()
    await waitFor(() => expect(traffic.to('/movies/trending').length).toBeGreaterThan(0))
    expect(traffic.to('/users/me/watching')).toEqual([])

    renderApp('/discover', { user: DEMO_USER })
    await waitFor(() => expect(traffic.last('/users/me/watching')?.status).toBe(204))
    expect(
      within(screen.getAllByRole('banner')[1]!).queryByRole('link', { name: /^Watching now/ }),
    ).toBeNull()
  })
})
