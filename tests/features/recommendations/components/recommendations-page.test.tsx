import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { assignLocation } from '@/lib/auth/browser-location'
import { PENDING_SIGN_IN_KEY } from '@/lib/auth/sign-in'
import { DEMO_USER } from '@/sandbox/db/types'
import { renderApp, sandboxServer } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'
import { recordTraktTraffic } from '../../../support/trakt-traffic'

// Signing in leaves the app through the browser; everything else is the real app on the sandbox.
vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

const trakt = recordTraktTraffic()
const API = TEST_URLS.apiUrl
const SLOW = { timeout: 10_000 }

type Rec = { title: string; year: number | null; ids: { trakt: number; slug: string } }

let askedDirectly = 0
/** What the app asked Trakt under `path`, without this file's own direct questions (asked before each render). */
const appAsked = (path: string) =>
  trakt
    .to('/recommendations/')
    .slice(askedDirectly)
    .filter((e) => e.url.pathname.startsWith(path))

/** What the sandbox recommends the demo user right now, asked directly (not through the page). */
async function sandboxRecommends(type: 'movies' | 'shows', query = 'limit=25') {
  askedDirectly += 1
  const token = sandboxServer.signIn(DEMO_USER, 'token-expected')
  const response = await fetch(`${API}/recommendations/${type}?${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  return (await response.json()) as Rec[]
}

/** Other seeded users the demo user follows, rating `rated` highly and favoriting `favorite`. */
function friendsOf(rated: number, favorite: number) {
  const others = Object.keys(sandboxServer.sandbox.store.db.users).filter((u) => u !== DEMO_USER)
  expect(others.length).toBeGreaterThanOrEqual(3)
  const [a, b, c] = others as [string, string, string]
  const at = '2026-11-01T00:00:00.000Z'
  return (db: typeof sandboxServer.sandbox.store.db) => {
    db.follows = db.follows.filter((f) => f.follower !== DEMO_USER)
    for (const other of others) {
      const state = db.userState[other]
      if (state) {
        state.ratings = state.ratings.filter(
          (r) => !(r.item.type === 'movie' && [rated, favorite].includes(r.item.id)),
        )
        state.favorites = state.favorites.filter(
          (f) => !(f.item.type === 'movie' && [rated, favorite].includes(f.item.id)),
        )
      }
    }
    for (const other of [a, b, c]) db.follows.push({ follower: DEMO_USER, followed: other, followed_at: at })
    for (const other of [a, b]) {
      db.userState[other]?.ratings.push({ rated_at: at, rating: 9, item: { type: 'movie', id: rated } })
    }
    db.userState[c]?.favorites.push({
      id: 999_001,
      rank: 1,
      listed_at: at,
      notes: null,
      item: { type: 'movie', id: favorite },
    })
  }
}

describe('RecommendationsPage', () => {
  beforeEach(() => {
    askedDirectly = 0
    vi.mocked(assignLocation).mockClear()
  })

  it('asks signed-out visitors to sign in', async () => {
    const user = userEvent.setup()
    renderApp('/recommendations?type=shows')

    await user.click(await screen.findByRole('button', { name: 'Sign in with Trakt' }, SLOW))
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1))
    expect(new URL(vi.mocked(assignLocation).mock.calls[0]![0]).pathname).toBe('/oauth/authorize')
    expect(JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!)).toMatchObject({
      returnTo: '/recommendations?type=shows',
    })
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
    expect(trakt.to('/recommendations/')).toHaveLength(0)
  })

  it('loads movie recommendations with the documented parameters and shows cards', async () => {
    const expected = await sandboxRecommends('movies')
    expect(expected.length).toBeGreaterThanOrEqual(2)
    const [first, second] = expected as [Rec, Rec]
    renderApp('/recommendations', { user: DEMO_USER, state: friendsOf(first.ids.trakt, second.ids.trakt) })

    expect(await screen.findByText('Loading recommendations…', {}, SLOW)).toBeInTheDocument()
    const list = await screen.findByRole('list', { name: 'Recommended movies' }, SLOW)
    const cards = within(list).getAllByRole('listitem')
    expect(cards).toHaveLength(expected.length)
    expect(within(cards[0]!).getByRole('link', { name: first.title })).toHaveAttribute(
      'href',
      `/movies/${first.ids.slug}`,
    )
    expect(within(cards[0]!).getByText(String(first.year))).toBeInTheDocument()
    expect(within(cards[0]!).getByText('Recommended by 2 friends')).toBeInTheDocument()
    expect(within(cards[1]!).getByText('A favorite of 1 friend')).toBeInTheDocument()
    expect(within(cards[0]!).getByRole('button', { name: `Hide ${first.title}` })).toBeInTheDocument()

    const url = appAsked('/recommendations/movies')[0]!.url
    expect(url.pathname.replace(/\/$/, '')).toBe('/recommendations/movies')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      limit: '25',
      ignore_collected: 'false',
      ignore_watchlisted: 'false',
      extended: 'full,images',
    })
  })

  it('switches to shows and applies the collected filter and the limit', async () => {
    const [show] = (await sandboxRecommends('shows')) as [Rec]
    const user = userEvent.setup()
    renderApp('/recommendations', { user: DEMO_USER })
    await screen.findByRole('list', { name: 'Recommended movies' }, SLOW)

    await user.click(screen.getByRole('tab', { name: 'Shows' }))
    const shows = await screen.findByRole('list', { name: 'Recommended shows' })
    expect(within(shows).getByRole('link', { name: show.title })).toHaveAttribute(
      'href',
      `/shows/${show.ids.slug}`,
    )

    await user.click(screen.getByRole('checkbox', { name: 'Hide collected shows' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'How many' }), '50')

    await waitFor(() => {
      const last = appAsked('/recommendations/').at(-1)!.url
      expect(last.pathname.replace(/\/$/, '')).toBe('/recommendations/shows')
      expect(last.searchParams.get('ignore_collected')).toBe('true')
      expect(last.searchParams.get('limit')).toBe('50')
    })
    expect(screen.getByRole('checkbox', { name: 'Hide collected shows' })).toBeChecked()
    const expected = await sandboxRecommends('shows', 'limit=50&ignore_collected=true')
    await waitFor(() => expect(within(shows).getAllByRole('listitem')).toHaveLength(expected.length))
  })

  it('hides a recommendation at once with DELETE /recommendations/movies/{id}, and the refetch agrees', async () => {
    const expected = await sandboxRecommends('movies', 'limit=10')
    const [first, , , , , , , , , , eleventh] = await sandboxRecommends('movies', 'limit=11')
    const user = userEvent.setup()
    renderApp('/recommendations?limit=10', { user: DEMO_USER })
    const list = await screen.findByRole('list', { name: 'Recommended movies' }, SLOW)
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length)

    await user.click(within(list).getByRole('button', { name: `Hide ${first!.title}` }))

    expect(within(list).queryByRole('link', { name: first!.title })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(
        trakt
          .to('/recommendations/')
          .filter((r) => r.method === 'DELETE')
          .map((r) => r.url.pathname),
      ).toEqual([`/recommendations/movies/${first!.ids.trakt}`]),
    )
    expect(sandboxServer.sandbox.store.db.userState[DEMO_USER]!.hidden).toContainEqual(
      expect.objectContaining({ section: 'recommendations', item: { type: 'movie', id: first!.ids.trakt } }),
    )
    // The refetch after the write agrees: the hidden one stays gone and the sandbox's next one fills the gap.
    await waitFor(() =>
      expect(appAsked('/recommendations/').filter((r) => r.method === 'GET')).toHaveLength(2),
    )
    expect(await within(list).findByRole('link', { name: eleventh!.title })).toBeInTheDocument()
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length)
    expect(within(list).queryByRole('link', { name: first!.title })).not.toBeInTheDocument()
  })

  it('hides a show recommendation with DELETE /recommendations/shows/{id}, and the sandbox stores it', async () => {
    const expected = await sandboxRecommends('shows', 'limit=10')
    const show = expected[0]!
    const user = userEvent.setup()
    renderApp('/recommendations?type=shows&limit=10', { user: DEMO_USER })
    const list = await screen.findByRole('list', { name: 'Recommended shows' }, SLOW)
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length)

    await user.click(within(list).getByRole('button', { name: `Hide ${show.title}` }))

    expect(within(list).queryByRole('link', { name: show.title })).not.toBeInTheDocument()
    await waitFor(() =>
      expect(
        trakt
          .to('/recommendations/')
          .filter((r) => r.method === 'DELETE')
          .map((r) => [r.url.pathname, r.status]),
      ).toEqual([[`/recommendations/shows/${show.ids.trakt}`, 204]]),
    )
    expect(sandboxServer.sandbox.store.db.userState[DEMO_USER]!.hidden).toContainEqual(
      expect.objectContaining({ section: 'recommendations', item: { type: 'show', id: show.ids.trakt } }),
    )
    // The refetch after the write agrees: the hidden show stays gone.
    await waitFor(() =>
      expect(appAsked('/recommendations/shows').filter((r) => r.method === 'GET')).toHaveLength(2),
    )
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length))
    expect(within(list).queryByRole('link', { name: show.title })).not.toBeInTheDocument()
  })

  it('puts the card back and explains when hiding fails', async () => {
    const expected = await sandboxRecommends('shows', 'limit=10')
    const show = expected[0]!
    let answer!: () => void
    const gate = new Promise<void>((r) => {
      answer = r
    })
    // Held until the test has seen the optimistic hide, then a 500.
    sandboxServer.server.use(
      http.delete(`${API}/recommendations/shows/:id`, async () => {
        await gate
        return HttpResponse.json({ error: 'server' }, { status: 500 })
      }),
    )
    const user = userEvent.setup()
    renderApp('/recommendations?type=shows&limit=10', { user: DEMO_USER })
    const list = await screen.findByRole('list', { name: 'Recommended shows' }, SLOW)

    await user.click(within(list).getByRole('button', { name: `Hide ${show.title}` }))
    // Gone at once, while Trakt has not answered yet.
    expect(within(list).queryByRole('link', { name: show.title })).not.toBeInTheDocument()
    answer()

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not hide it from recommendations. Trakt had a server error. Try again later.',
    )
    expect(within(list).getByRole('link', { name: show.title })).toBeInTheDocument()
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length)
    expect(
      appAsked('/recommendations/shows/').map((r) => [r.method, r.url.pathname, r.status]),
    ).toContainEqual(['DELETE', `/recommendations/shows/${show.ids.trakt}`, 500])
    expect(sandboxServer.sandbox.store.db.userState[DEMO_USER]?.hidden ?? []).not.toContainEqual(
      expect.objectContaining({ section: 'recommendations', item: { type: 'show', id: show.ids.trakt } }),
    )
  })

  it('puts the card back when Trakt answers the hide with a server error', async () => {
    sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: '/recommendations/movies/*',
      method: 'DELETE',
    })
    const [first] = (await sandboxRecommends('movies', 'limit=10')) as [Rec]
    const user = userEvent.setup()
    renderApp('/recommendations?limit=10', { user: DEMO_USER })
    const list = await screen.findByRole('list', { name: 'Recommended movies' }, SLOW)

    await user.click(within(list).getByRole('button', { name: `Hide ${first.title}` }))

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not hide it from recommendations.')
    expect(within(list).getByRole('link', { name: first.title })).toBeInTheDocument()
  })

  it('says so when there is nothing to recommend', async () => {
    renderApp('/recommendations', {
      user: DEMO_USER,
      // Every movie already watched: nothing left to recommend.
      state: (db) => {
        const state = db.userState[DEMO_USER]!
        for (const movie of Object.values(db.movies)) {
          state.history.push({
            id: 900_000 + movie.ids.trakt,
            watched_at: '2026-01-01T00:00:00.000Z',
            action: 'watch',
            item: { type: 'movie', id: movie.ids.trakt },
          } as (typeof state.history)[number])
        }
      },
    })
    expect(
      await screen.findByRole('heading', { name: 'No movies to recommend right now' }, SLOW),
    ).toBeInTheDocument()
    expect(appAsked('/recommendations/movies')).toHaveLength(1)
  })

  it('explains a failed load and retries', async () => {
    const expected = await sandboxRecommends('movies')
    const fault = sandboxServer.sandbox.faults.add({
      kind: 'server-error',
      status: 500,
      path: '/recommendations/movies',
    })
    const user = userEvent.setup()
    renderApp('/recommendations', { user: DEMO_USER })

    const alert = await screen.findByRole('alert', {}, SLOW)
    expect(alert).toHaveTextContent('Could not load recommendations')
    expect(alert).toHaveTextContent('Trakt had a server error. Try again later.')
    sandboxServer.sandbox.faults.remove(fault.id)
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    const list = await screen.findByRole('list', { name: 'Recommended movies' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(expected.length)
  })
})
