import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { DEMO_USER, type HistoryEntry, type SandboxDb } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../support/render-app'
import { TEST_URLS } from '../../support/sandbox-server'
import { recordTraktTraffic } from '../../support/trakt-traffic'
import { code, watchShows } from '../../features/calendar/components/calendar-kit'

const traffic = recordTraktTraffic()
const db = () => sandboxServer.sandbox.store.db

/** The reader's local day of `date`, `YYYY-MM-DD`. */
const localDay = (date: Date) => date.toLocaleDateString('en-CA')

/** Moves one episode of a show to tonight, 20:30 local, and puts the show on the demo user's watchlist. */
function airTonight(d: SandboxDb) {
  const episode = Object.values(d.episodes).find((e) => e.season > 0 && d.shows[e.showId])!
  const tonight = new Date()
  tonight.setHours(20, 30, 0, 0)
  episode.first_aired = tonight.toISOString()
  watchShows(d.userState[DEMO_USER]!, [d.shows[episode.showId]!])
  return { episode, show: d.shows[episode.showId]! }
}

const newestFirst = (history: HistoryEntry[]) =>
  [...history].sort((a, b) => b.watched_at.localeCompare(a.watched_at) || b.id - a.id)

/** The title a history row links to, from the sandbox's records. */
function titleOf(entry: HistoryEntry): string {
  if (entry.item.type === 'movie') return db().movies[entry.item.id]!.title
  return db().episodes[entry.item.id]!.title ?? ''
}

const section = (name: string) => screen.getByRole('region', { name })

describe('the signed-in home page', () => {
  it('greets the user and shows their calendar for today and tomorrow and their latest plays', async () => {
    let tonight: ReturnType<typeof airTonight> | undefined
    renderApp('/', { user: DEMO_USER, state: (d) => void (tonight = airTonight(d)) })
    const name = db().users[DEMO_USER]!.name!.split(' ')[0]
    expect(await screen.findByRole('heading', { level: 1, name: `Hi, ${name}` })).toBeInTheDocument()

    const today = localDay(new Date())
    const airing = section('Airing soon')
    const todaySection = await waitFor(() => {
      const found = within(airing)
        .getAllByRole('region')
        .find((r) => r.querySelector(`time[datetime="${today}"]`))
      if (!found) throw new Error('no section for today')
      return found
    })
    const { show, episode } = tonight!
    expect(
      await within(todaySection).findByRole('link', { name: new RegExp(`${show.title}.*${code(episode)}`) }),
    ).toHaveAttribute('href', `/shows/${show.ids.slug}/seasons/${episode.season}/episodes/${episode.number}`)
    expect(within(airing).getAllByRole('heading', { level: 3 })).toHaveLength(2)
    expect(within(airing).getByRole('link', { name: 'Your calendar' })).toHaveAttribute('href', '/calendar')
    // "My" calendar, from a day before today (the padding a UTC day needs).
    expect(traffic.last('/calendars/my/shows/')!.url.pathname).toMatch(
      /^\/calendars\/my\/shows\/\d{4}-\d{2}-\d{2}\/\d+$/,
    )

    // Up next: the shows in progress, each with its next episode to mark.
    const upNext = section('Up next')
    const cards = await within(upNext).findAllByRole('article', {}, { timeout: 10_000 })
    expect(cards.length).toBeGreaterThan(0)
    expect(cards.length).toBeLessThanOrEqual(4)
    expect(within(cards[0]!).getByRole('button', { name: /^Mark .* watched$/ })).toHaveTextContent(
      /^Mark S\d+E\d+ watched$/,
    )
    expect(within(upNext).getByRole('link', { name: 'All of your progress' })).toHaveAttribute(
      'href',
      '/progress',
    )

    // Continue watching: the paused plays of /sync/playback, at most four.
    const paused = await within(section('Continue watching')).findAllByRole('listitem')
    expect(paused.length).toBeGreaterThan(0)
    expect(paused.length).toBeLessThanOrEqual(4)
    expect(traffic.last('/sync/playback')).toBeDefined()

    const recent = section('Recently watched')
    const rows = await within(recent).findAllByRole('listitem')
    const expected = newestFirst(db().userState[DEMO_USER]!.history).slice(0, 5)
    expect(rows).toHaveLength(5)
    rows.forEach((row, i) => expect(row).toHaveTextContent(titleOf(expected[i]!)))
    expect(within(recent).getByRole('link', { name: 'All of your history' })).toHaveAttribute(
      'href',
      '/history',
    )
  })

  it('keeps the other sections when one of them fails, with the reason and a Retry', async () => {
    sandboxServer.server.use(
      http.get(`${TEST_URLS.apiUrl}/calendars/my/*`, () => HttpResponse.json({}, { status: 503 })),
    )
    renderApp('/', { user: DEMO_USER })
    const airing = await waitFor(() => section('Airing soon'))
    expect(
      await within(airing).findByRole('heading', { name: 'Could not load the calendar' }),
    ).toBeInTheDocument()
    expect(within(airing).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect((await within(section('Recently watched')).findAllByRole('listitem')).length).toBeGreaterThan(0)
  })

  it('is Discover for a visitor, and asks Trakt nothing of a user', async () => {
    const { router } = renderApp('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Discover' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/discover')
    expect(traffic.to('/calendars/my/')).toEqual([])
    expect(traffic.to('/sync/history')).toEqual([])
  })
})
