import { QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { MemoryRouter } from 'react-router'
import { RecommendationsPage } from '@/features/recommendations/components/recommendations-page'
import { startSignIn } from '@/lib/auth/session'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt } from '@/lib/trakt/trakt'

const session = vi.hoisted(() => ({ current: { status: 'signed-in' } as { status: string } }))
vi.mock('@/lib/auth/session', () => ({
  useSession: () => session.current,
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const API = 'https://api.trakt.tv'
type Item = {
  title: string
  year: number
  ids: { trakt: number; slug: string }
  recommended_by?: unknown[]
  favorited_by?: unknown[]
}
const fixture = (name: string) =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures', name), 'utf8')) as Item[]

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => {
  resetTrakt({ writeIntervalMs: 0 })
  session.current = { status: 'signed-in' }
})
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** Serves the real recommendation bodies, minus what was hidden, and records every request Trakt receives. */
function fakeRecommendations() {
  const hidden = new Set<number>()
  const requests: { method: string; url: URL }[] = []
  const movies = fixture('recommendations_movies__traktkit.json').slice(0, 4)
  movies[0] = {
    ...movies[0]!,
    recommended_by: [
      { username: 'a', ids: { trakt: 1 } },
      { username: 'b', ids: { trakt: 2 } },
    ],
  }
  movies[1] = { ...movies[1]!, favorited_by: [{ username: 'c', ids: { trakt: 3 } }] }
  const shows = fixture('recommendations_shows__traktkit.json').slice(0, 3)
  server.use(
    http.get(`${API}/recommendations/:type/`, ({ request, params }) => {
      requests.push({ method: 'GET', url: new URL(request.url) })
      const list = params.type === 'shows' ? shows : movies
      return HttpResponse.json(list.filter((item) => !hidden.has(item.ids.trakt)))
    }),
    http.delete(`${API}/recommendations/:type/:id`, ({ request, params }) => {
      requests.push({ method: 'DELETE', url: new URL(request.url) })
      hidden.add(Number(params.id))
      return new HttpResponse(null, { status: 204 })
    }),
  )
  return { requests }
}

function renderPage(path = '/recommendations') {
  const notices: string[] = []
  const queryClient = createQueryClient({ retry: false, onMutationError: (message) => notices.push(message) })
  const user = userEvent.setup()
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <RecommendationsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return { user, notices }
}

describe('RecommendationsPage', () => {
  it('asks signed-out visitors to sign in', async () => {
    session.current = { status: 'signed-out' }
    const { user } = renderPage('/recommendations?type=shows')

    await user.click(screen.getByRole('button', { name: 'Sign in with Trakt' }))
    expect(startSignIn).toHaveBeenCalledWith('/recommendations?type=shows')
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument()
  })

  it('loads movie recommendations with the documented parameters and shows cards', async () => {
    const { requests } = fakeRecommendations()
    renderPage()

    expect(screen.getByRole('status')).toHaveTextContent('Loading recommendations…')
    const list = await screen.findByRole('list', { name: 'Recommended movies' })
    const cards = within(list).getAllByRole('listitem')
    expect(cards).toHaveLength(4)
    expect(within(cards[0]!).getByRole('link', { name: 'Blackfish' })).toHaveAttribute(
      'href',
      '/movies/blackfish-2013',
    )
    expect(within(cards[0]!).getByText('2013')).toBeInTheDocument()
    expect(within(cards[0]!).getByText('Recommended by 2 friends')).toBeInTheDocument()
    expect(within(cards[1]!).getByText('A favorite of 1 friend')).toBeInTheDocument()
    expect(within(cards[0]!).getByRole('button', { name: 'Hide Blackfish' })).toBeInTheDocument()

    const url = requests[0]!.url
    expect(url.pathname).toBe('/recommendations/movies/')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      limit: '25',
      ignore_collected: 'false',
      ignore_watchlisted: 'false',
      extended: 'full,images',
    })
  })

  it('switches to shows and applies the collected filter and the limit', async () => {
    const { requests } = fakeRecommendations()
    const { user } = renderPage()
    await screen.findByRole('list', { name: 'Recommended movies' })

    await user.click(screen.getByRole('tab', { name: 'Shows' }))
    const shows = await screen.findByRole('list', { name: 'Recommended shows' })
    expect(within(shows).getByRole('link', { name: 'The Biggest Loser' })).toHaveAttribute(
      'href',
      '/shows/the-biggest-loser',
    )

    await user.click(screen.getByRole('checkbox', { name: 'Hide collected shows' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'How many' }), '50')

    await waitFor(() => {
      const last = requests.at(-1)!.url
      expect(last.pathname).toBe('/recommendations/shows/')
      expect(last.searchParams.get('ignore_collected')).toBe('true')
      expect(last.searchParams.get('limit')).toBe('50')
    })
    expect(screen.getByRole('checkbox', { name: 'Hide collected shows' })).toBeChecked()
  })

  it('hides a recommendation at once with DELETE /recommendations/movies/{id}', async () => {
    const { requests } = fakeRecommendations()
    const { user } = renderPage()
    const list = await screen.findByRole('list', { name: 'Recommended movies' })

    await user.click(within(list).getByRole('button', { name: 'Hide Blackfish' }))

    expect(within(list).queryByRole('link', { name: 'Blackfish' })).not.toBeInTheDocument()
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    await waitFor(() =>
      expect(requests.filter((r) => r.method === 'DELETE').map((r) => r.url.pathname)).toEqual([
        '/recommendations/movies/58',
      ]),
    )
    // The refetch after the write agrees.
    await waitFor(() => expect(requests.filter((r) => r.method === 'GET')).toHaveLength(2))
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
  })

  it('puts the card back and explains when hiding fails', async () => {
    fakeRecommendations()
    let deleted = ''
    let answer!: () => void
    const gate = new Promise<void>((r) => {
      answer = r
    })
    server.use(
      http.delete(`${API}/recommendations/:type/:id`, async ({ request }) => {
        deleted = new URL(request.url).pathname
        await gate
        return HttpResponse.json({ error: 'server' }, { status: 500 })
      }),
    )
    const { user, notices } = renderPage('/recommendations?type=shows')
    const list = await screen.findByRole('list', { name: 'Recommended shows' })

    await user.click(within(list).getByRole('button', { name: 'Hide Shark Tank' }))
    // Gone at once, while Trakt has not answered yet.
    expect(within(list).queryByRole('link', { name: 'Shark Tank' })).not.toBeInTheDocument()
    answer()

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not hide it from recommendations. Trakt had a server error. Try again later.',
    )
    expect(within(list).getByRole('link', { name: 'Shark Tank' })).toBeInTheDocument()
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    expect(deleted).toBe('/recommendations/shows/36')
    expect(notices).toEqual(['Could not hide it from recommendations. Trakt had a server error. Try again later.'])
  })

  it('says so when there is nothing to recommend', async () => {
    server.use(http.get(`${API}/recommendations/:type/`, () => HttpResponse.json([])))
    renderPage()
    expect(
      await screen.findByRole('heading', { name: 'No movies to recommend right now' }),
    ).toBeInTheDocument()
  })

  it('explains a failed load and retries', async () => {
    let calls = 0
    server.use(
      http.get(`${API}/recommendations/:type/`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json({ error: 'nope' }, { status: 401 })
          : HttpResponse.json(fixture('recommendations_movies__traktkit.json').slice(0, 2))
      }),
    )
    const { user } = renderPage()

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load recommendations')
    expect(alert).toHaveTextContent('You need to sign in to Trakt again to do this.')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))

    expect(await screen.findByRole('list', { name: 'Recommended movies' })).toBeInTheDocument()
  })
})
