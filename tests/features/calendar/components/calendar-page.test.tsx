import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'
import { recordTraktTraffic } from '../../../support/trakt-traffic'
import { airingOn, code, episodeLink, findDay, watchShows, ZONE } from './calendar-kit'

process.env.TZ = ZONE

const trakt = recordTraktTraffic()
const WEEK = [
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-28',
  '2026-11-29',
]
// The agenda starts on the day the address says: seven local days, asked for with a day either side.
const AGENDA = '/calendar?view=agenda&start=2026-11-23'
// StrictMode mounts twice, so a page's first request may be sent, dropped and sent again: compare the paths.
const unique = (exchanges: { url: URL }[]) => [...new Set(exchanges.map((e) => e.url.pathname))].sort()
const search = (router: { state: { location: { search: string } } }) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search))

describe('CalendarPage', () => {
  it('shows the All calendar signed out, each airing on its local day, linking to its episode', async () => {
    const { sandbox } = renderApp(AGENDA)
    const airing = airingOn(sandbox.store.db, WEEK)
    expect(airing.length).toBeGreaterThan(3)
    for (const { show, episode, day } of [airing[0]!, airing.at(-1)!]) {
      const link = episodeLink(await findDay(day), show, episode)
      expect(link).toHaveAttribute(
        'href',
        `/shows/${show.ids.slug}/seasons/${episode.season}/episodes/${episode.number}`,
      )
      // The time is the local one, in a `<time>` that carries Trakt's instant.
      const time = within(link).getByText(/\d/, { selector: 'time' })
      expect(time).toHaveAttribute('datetime', new Date(episode.first_aired!).toISOString())
      expect(time).toHaveTextContent(
        new Date(episode.first_aired!).toLocaleTimeString(undefined, { timeStyle: 'short', timeZone: ZONE }),
      )
    }
    expect(unique(trakt.to('/calendars/all/'))).toEqual([
      '/calendars/all/dvd/2026-11-22/9',
      '/calendars/all/movies/2026-11-22/9',
      '/calendars/all/shows/2026-11-22/9',
    ])
    expect(trakt.last('/calendars/all/shows')!.url.searchParams.get('extended')).toBe('full')
    expect(trakt.to('/calendars/my/')).toEqual([])
  })

  it('asks a signed-out visitor to sign in for My calendar, and sends nothing for it', async () => {
    renderApp('/calendar?calendar=my')
    expect(await screen.findByRole('heading', { name: 'Sign in to see your calendar' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'My shows' })).toHaveAttribute('aria-pressed', 'true')
    await userEvent.setup().click(screen.getByRole('button', { name: 'All shows' }))
    await waitFor(() => expect(trakt.to('/calendars/all/shows').length).toBeGreaterThan(0))
    expect(trakt.to('/calendars/my/')).toEqual([])
  })

  it("shows a signed-in user's own calendar without the shows they hid from it", async () => {
    let kept: ReturnType<typeof airingOn>[number] | undefined
    let hidden: ReturnType<typeof airingOn>[number] | undefined
    renderApp(AGENDA, {
      user: DEMO_USER,
      state: (db) => {
        const airing = airingOn(db, WEEK)
        kept = airing[0]
        hidden = airing.find((a) => a.show.ids.trakt !== kept!.show.ids.trakt)
        const state = db.userState[DEMO_USER]!
        watchShows(state, [kept!.show, hidden!.show])
        state.hidden.push({
          section: 'calendar',
          hidden_at: '2026-11-01T00:00:00Z',
          item: { type: 'show', id: hidden!.show.ids.trakt },
        })
      },
    })
    expect(episodeLink(await findDay(kept!.day), kept!.show, kept!.episode)).toBeInTheDocument()
    expect(screen.queryByText(hidden!.show.title)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'My shows' })).toHaveAttribute('aria-pressed', 'true')
    expect(trakt.last('/calendars/my/shows')!.url.pathname).toBe('/calendars/my/shows/2026-11-22/9')
    expect(trakt.to('/calendars/all/')).toEqual([])
  })

  it('sends the filters and the chosen show calendar to Trakt and keeps them in the address', async () => {
    const user = userEvent.setup()
    const { router, sandbox } = renderApp(AGENDA)
    const airing = airingOn(sandbox.store.db, WEEK)
    const wanted = airing[0]!
    const other = airing.find((a) => !a.show.title.toLowerCase().includes(wanted.show.title.toLowerCase()))!
    await findDay(other.day)
    expect(screen.getAllByText(other.show.title).length).toBeGreaterThan(0)

    await user.click(screen.getByRole('button', { name: 'Filters' }))
    const form = screen.getByRole('form', { name: 'Calendar filters' })
    await user.type(within(form).getByLabelText('Title or description'), wanted.show.title)
    await user.click(within(form).getByRole('checkbox', { name: 'DVD & Blu-ray releases' }))
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }))

    await waitFor(() => expect(search(router)).toMatchObject({ query: wanted.show.title, dvd: '0' }))
    await waitFor(() =>
      expect(trakt.last('/calendars/all/shows')!.url.searchParams.get('query')).toBe(wanted.show.title),
    )
    expect(trakt.last('/calendars/all/movies')!.url.searchParams.get('query')).toBe(wanted.show.title)
    expect(episodeLink(await findDay(wanted.day), wanted.show, wanted.episode)).toBeInTheDocument()
    expect(screen.queryByText(other.show.title)).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument()

    const before = trakt.to('/calendars/all/shows/premieres').length
    await user.click(screen.getByRole('button', { name: 'Filters (1)' }))
    await user.selectOptions(screen.getByLabelText('Episodes'), 'Season premieres')
    await user.click(screen.getByRole('button', { name: 'Apply filters' }))
    await waitFor(() => expect(trakt.to('/calendars/all/shows/premieres')).toHaveLength(before + 1))
    expect(trakt.last('/calendars/all/shows/premieres')!.url.pathname).toBe(
      '/calendars/all/shows/premieres/2026-11-22/9',
    )
    expect(search(router)).toMatchObject({ shows: 'premieres' })
  })

  it('filters by genres and languages picked from Trakt’s own lists, sent as their slugs', async () => {
    const user = userEvent.setup()
    const { router } = renderApp(AGENDA)
    await user.click(await screen.findByRole('button', { name: 'Filters' }))
    const form = screen.getByRole('form', { name: 'Calendar filters' })
    await user.click(within(form).getByRole('button', { name: 'Genres' }))
    await user.click(await within(form).findByRole('checkbox', { name: 'Drama' }))
    await user.click(within(form).getByRole('button', { name: 'Languages' }))
    // A long list: found by typing, as a user would.
    await user.type(await within(form).findByLabelText('Find languages'), 'japa')
    await user.click(await within(form).findByRole('checkbox', { name: 'Japanese' }))
    expect(trakt.last('/genres/')!.url.pathname).toBe('/genres/shows')
    await user.click(within(form).getByRole('button', { name: 'Apply filters' }))

    await waitFor(() => expect(search(router)).toMatchObject({ genres: 'drama', languages: 'ja' }))
    await waitFor(() => {
      const params = trakt.last('/calendars/all/shows')!.url.searchParams
      expect([params.get('genres'), params.get('languages')]).toEqual(['drama', 'ja'])
    })
    // Opened again, the form shows what is applied.
    await user.click(screen.getByRole('button', { name: 'Filters (2)' }))
    expect(
      within(screen.getByRole('form', { name: 'Calendar filters' })).getByRole('checkbox', { name: 'Drama' }),
    ).toBeChecked()
  })

  it('moves a week back and forth with the start date in the address, and back in history', async () => {
    const user = userEvent.setup()
    const { router, sandbox } = renderApp(AGENDA)
    await findDay(airingOn(sandbox.store.db, WEEK)[0]!.day)
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    await waitFor(() =>
      expect(trakt.last('/calendars/all/shows')!.url.pathname).toBe('/calendars/all/shows/2026-11-29/9'),
    )
    expect(search(router)).toMatchObject({ start: '2026-11-30', view: 'agenda' })
    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    await waitFor(() =>
      expect(trakt.last('/calendars/all/shows')!.url.pathname).toBe('/calendars/all/shows/2026-11-15/9'),
    )
    expect(search(router).start).toBe('2026-11-16')
    await act(() => router.navigate(-1))
    await waitFor(() => expect(search(router).start).toBe('2026-11-23'))
    // Back on the first week, from the cache (no new request): its airings are there again.
    const first = airingOn(sandbox.store.db, WEEK)[0]!
    expect(episodeLink(await findDay(first.day), first.show, first.episode)).toBeInTheDocument()
  })

  it('asks for a month in two requests of at most 31 days and shows a day when its cell is chosen', async () => {
    const user = userEvent.setup()
    const { sandbox } = renderApp('/calendar?view=month&start=2026-12-01&shows=all&movies=0&dvd=0')
    const table = await screen.findByRole('table', { name: /December 2026/ })
    await waitFor(() =>
      expect(unique(trakt.to('/calendars/all/shows/'))).toEqual([
        '/calendars/all/shows/2026-11-30/31',
        '/calendars/all/shows/2026-12-31/2',
      ]),
    )
    const december = Array.from({ length: 31 }, (_, i) => `2026-12-${String(i + 1).padStart(2, '0')}`)
    const last = airingOn(sandbox.store.db, december).at(-1)!
    const cell = within(table)
      .getAllByRole('button')
      .find((b) => b.querySelector(`time[datetime="${last.day}"]`))!
    await waitFor(() => expect(cell).toHaveTextContent(/\d+ items?/))
    await user.click(cell)
    expect(cell).toHaveAttribute('aria-pressed', 'true')
    expect(episodeLink(await findDay(last.day), last.show, last.episode)).toBeInTheDocument()
  })

  it('moves between the month’s days with the arrow keys, Home and End, one Tab stop for the grid', async () => {
    const user = userEvent.setup()
    renderApp('/calendar?view=month&start=2026-12-01&shows=all&movies=0&dvd=0')
    const table = await screen.findByRole('table', { name: /December 2026/ })
    const day = (date: string) =>
      within(table)
        .getAllByRole('button')
        .find((b) => b.querySelector(`time[datetime="${date}"]`))!
    // Only one day is in the Tab order.
    expect(
      within(table)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0),
    ).toHaveLength(1)
    await user.click(day('2026-12-10'))
    const expectChosen = (date: string) => {
      expect(day(date)).toHaveFocus()
      expect(day(date)).toHaveAttribute('aria-pressed', 'true')
      expect(day(date).tabIndex).toBe(0)
    }
    await user.keyboard('{ArrowRight}')
    expectChosen('2026-12-11')
    await user.keyboard('{ArrowDown}')
    expectChosen('2026-12-18')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expectChosen('2026-12-04')
    // Not out of the month: the 4th stays chosen.
    await user.keyboard('{ArrowUp}')
    expectChosen('2026-12-04')
    await user.keyboard('{End}')
    const row = day('2026-12-04').closest('tr')!
    const lastOfWeek = within(row).getAllByRole('button').at(-1)!
    expect(lastOfWeek).toHaveFocus()
    await user.keyboard('{Home}')
    // The week's first day, or the month's when the week began in November.
    const firstOfWeek = within(row).getAllByRole('button')[0]!
    expect(firstOfWeek).toHaveFocus()
    // The chosen day's list follows the keys.
    expect(await findDay(firstOfWeek.querySelector('time')!.getAttribute('datetime')!)).toBeInTheDocument()
  })

  it('says when nothing airs and moves on to the next week', async () => {
    const user = userEvent.setup()
    sandboxServer.server.use(http.get(`${TEST_URLS.apiUrl}/calendars/all/*`, () => HttpResponse.json([])))
    const { router } = renderApp('/calendar?view=week&start=2026-11-25')
    const empty = await screen.findByRole('heading', { name: 'Nothing airing this week' })
    const start = trakt.last('/calendars/all/shows')!.url.pathname.split('/').at(-2)!
    await user.click(within(empty.parentElement!).getByRole('button', { name: 'Next week' }))
    await waitFor(() =>
      expect(trakt.last('/calendars/all/shows')!.url.pathname.split('/').at(-2)).not.toBe(start),
    )
    const next = new Date(`${start}T00:00:00Z`)
    next.setUTCDate(next.getUTCDate() + 7)
    expect(trakt.last('/calendars/all/shows')!.url.pathname.split('/').at(-2)).toBe(
      next.toISOString().slice(0, 10),
    )
    expect(search(router).start).toBe(new Date(next.getTime() + 86_400_000).toISOString().slice(0, 10))
  })

  it.each([
    ['a Trakt error', { kind: 'server-error', status: 500 } as const, 'Trakt had a server error.'],
    ['a rate limit', { kind: 'rate-limit', retryAfter: 0 } as const, 'Trakt asked us to slow down.'],
    ['no network', { kind: 'network' } as const, 'Could not reach Trakt'],
  ])('shows %s with a retry that recovers', async (_name, fault, message) => {
    const user = userEvent.setup()
    const rule = sandboxServer.sandbox.faults.add({ ...fault, path: '*/calendars/all/shows*' })
    const { sandbox } = renderApp(AGENDA)
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('heading', { name: 'Could not load the calendar' })).toBeInTheDocument()
    expect(alert).toHaveTextContent(message)
    sandbox.faults.remove(rule.id)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    const first = airingOn(sandbox.store.db, WEEK)[0]!
    expect(episodeLink(await findDay(first.day), first.show, first.episode)).toBeInTheDocument()
  })

  it("keeps an unwatched episode's title under the spoiler shield and shows a watched one's", async () => {
    let unwatched: ReturnType<typeof airingOn>[number] | undefined
    let watched: ReturnType<typeof airingOn>[number] | undefined
    renderApp(AGENDA, {
      user: DEMO_USER,
      state: (db) => {
        const airing = airingOn(db, WEEK.slice(0, 3))
        unwatched = airing[0]
        watched = airing.find((a) => a.show.ids.trakt !== unwatched!.show.ids.trakt)
        const state = db.userState[DEMO_USER]!
        watchShows(state, [unwatched!.show, watched!.show])
        state.history.push({
          id: 9_700_001,
          watched_at: '2026-11-26T10:00:00Z',
          action: 'watch',
          item: { type: 'episode', id: watched!.episode.ids.trakt! },
        })
      },
    })
    const watchedLink = episodeLink(await findDay(watched!.day), watched!.show, watched!.episode)
    await waitFor(() =>
      expect(watchedLink).toHaveTextContent(`${code(watched!.episode)} · ${watched!.episode.title}`),
    )
    const hiddenLink = episodeLink(await findDay(unwatched!.day), unwatched!.show, unwatched!.episode)
    expect(hiddenLink).toHaveTextContent(code(unwatched!.episode))
    expect(hiddenLink).not.toHaveTextContent(unwatched!.episode.title)
  })
})
