import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import { MoviePage } from '@/features/movies/components/movie-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { movieHandlers } from './movie-handlers'
import { fail, renderAt } from './title-test-kit'

const server = setupServer(...movieHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetTrakt())
afterEach(() => {
  server.resetHandlers()
  vi.restoreAllMocks()
})
afterAll(() => server.close())

const renderMovie = (element = <MoviePage />) =>
  renderAt('/movies/deadpool-2016', [{ path: '/movies/:slug', element }])

describe('MoviePage', () => {
  it('renders the summary, key facts and links from real Trakt data', async () => {
    renderMovie()
    expect(screen.getByRole('status')).toHaveTextContent(/loading movie/i)
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent('Deadpool')
    expect(heading).toHaveTextContent('2016')
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByText('Feel the love.')).toBeInTheDocument()
    expect(screen.getByText(/origin story of former Special Forces/)).toBeInTheDocument()
    expect(screen.getByText('1 h 48 min')).toBeInTheDocument()
    expect(screen.getByText('R')).toBeInTheDocument()
    expect(screen.getByText('Released', { selector: 'dt' }).nextElementSibling).toHaveTextContent(/2016/)
    expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Released')
    expect(screen.getByText('Country', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'United States',
    )
    expect(screen.getByText('Language', { selector: 'dt' }).nextElementSibling).toHaveTextContent('English')
    expect(screen.getByText('Extra scenes', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'During and after the credits',
    )
    expect((await screen.findByText('Studios', { selector: 'dt' })).nextElementSibling).toHaveTextContent(
      /^20th Century Fox, Marvel Entertainment, The Donners' Company/,
    )
    expect(screen.getByRole('list', { name: 'Genres' })).toHaveTextContent(/Superhero/)
    expect(screen.getByRole('link', { name: /IMDb: Deadpool/ })).toHaveAttribute(
      'href',
      'https://www.imdb.com/title/tt1431045/',
    )
    expect(screen.getByRole('link', { name: /TMDB: Deadpool/ })).toHaveAttribute(
      'href',
      'https://www.themoviedb.org/movie/293660',
    )
    expect(screen.getByRole('link', { name: /Trailer: Deadpool/ })).toHaveAttribute(
      'href',
      'https://youtube.com/watch?v=9vN6DHB6bJc',
    )
    expect(screen.getByRole('link', { name: 'Comments (258)' })).toHaveAttribute('href', '#comments')
    const poster = document.querySelector('img[src*="/posters/medium/"]')
    expect(poster).toHaveAttribute('src', expect.stringMatching(/^https:\/\/media\.trakt\.tv\//))
    expect(poster).toHaveAttribute('width')
    expect(poster).toHaveAttribute('height')
  })

  it('shows the rating distribution as readable numbers', async () => {
    renderMovie()
    const distribution = await screen.findByRole('list', { name: 'Rating distribution' })
    const rows = within(distribution).getAllByRole('listitem')
    expect(rows).toHaveLength(10)
    // Highest score first: 24,086 of 74,203 votes.
    expect(rows[0]).toHaveTextContent('Rated 10: 24,086 votes, 32%')
    expect(rows[9]).toHaveTextContent('Rated 1: 292 votes, 0%')
    expect(screen.getByText(/from 74,203 votes/)).toBeInTheDocument()
  })

  it('shows stats, cast, crew by department, related titles, lists and who is watching', async () => {
    renderMovie()
    const cast = await screen.findByRole('list', { name: 'Cast' })
    expect(within(cast).getByRole('link', { name: 'Ryan Reynolds' })).toHaveAttribute(
      'href',
      '/people/ryan-reynolds',
    )
    expect(within(cast).getByText(/Wade Wilson/)).toBeInTheDocument()
    const crew = screen.getByRole('region', { name: 'Crew' })
    expect(within(crew).getByRole('heading', { name: 'Directing', level: 3 })).toBeInTheDocument()
    expect(within(crew).getByRole('link', { name: 'Ronna Kress' })).toBeInTheDocument()

    const stats = screen.getByRole('region', { name: 'Stats' })
    expect(within(stats).getByText('Watchers')).toBeInTheDocument()
    expect(within(stats).getByText('299,366')).toBeInTheDocument()

    const related = await screen.findByRole('list', { name: 'Related movies' })
    expect(within(related).getByRole('link', { name: 'The Matrix (1999)' })).toHaveAttribute(
      'href',
      '/movies/the-matrix-1999',
    )

    const lists = await screen.findByRole('region', { name: 'Lists with this movie' })
    expect(within(lists).getByRole('link', { name: 'Sci-Fi' })).toHaveAttribute(
      'href',
      '/users/usiris/lists/sci-fi-72c81243-2a16-453c-8366-b41d86114c23',
    )
    expect(within(lists).getByText('1234 lists')).toBeInTheDocument()

    const watching = await screen.findByRole('region', { name: 'Watching now' })
    expect(within(watching).getByRole('link', { name: 'DazzaStarfox' })).toHaveAttribute(
      'href',
      '/users/dazzastarfox',
    )
  })

  it("lists releases in every country in one table, the user's country first, and translations into every language", async () => {
    const user = userEvent.setup()
    renderMovie()
    const table = await screen.findByRole('table', { name: 'Release dates by country' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Country', 'Certification', 'Type', 'Date'])
    const countries = within(table)
      .getAllByRole('rowheader')
      .map((th) => th.textContent)
    // jsdom's browser says en-US; the recording holds 51 countries.
    expect(countries[0]).toBe('United States')
    expect(countries).toHaveLength(51)
    expect(countries).toContain('Germany')
    expect(countries.slice(1)).toEqual([...countries.slice(1)].sort((a, b) => a!.localeCompare(b!)))
    const us = within(table)
      .getAllByRole('rowgroup')
      .find((group) => within(group).queryByRole('rowheader', { name: 'United States' }))!
    expect(
      within(us)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      expect.stringMatching(/^United StatesRTheatricalFeb 1\d, 2016$/),
      expect.stringMatching(/^RPhysicalMay 10, 2016$/),
    ])
    expect(screen.getByRole('region', { name: 'Releases' })).toHaveTextContent('51 countries')

    await user.click(await screen.findByText(/Also known as \(\d+\)/))
    expect(screen.getByText('Masacre')).toBeVisible()
    const translations = await screen.findByText('Translations in 42 languages')
    await user.click(translations)
    const items = within(screen.getByRole('region', { name: 'Translations' })).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent(/^English/)
    expect(screen.getByText('A Toy Story: Alles hört auf kein Kommando').closest('[lang]')).toHaveAttribute(
      'lang',
      'de-DE',
    )
  })

  it("puts the browser's own country and language first", async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('de-DE')
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en'])
    const user = userEvent.setup()
    renderMovie()
    const table = await screen.findByRole('table', { name: 'Release dates by country' })
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Germany')
    await user.click(await screen.findByText('Translations in 42 languages'))
    expect(
      within(screen.getByRole('region', { name: 'Translations' })).getAllByRole('listitem')[0],
    ).toHaveTextContent(/^German/)
  })

  it('renders the actions slot and the comments slot with the movie', async () => {
    renderMovie(
      <MoviePage
        actions={(movie) => <button type="button">Add {movie.title} to watchlist</button>}
        comments={() => <p>Comment list</p>}
      />,
    )
    expect(await screen.findByRole('button', { name: 'Add Deadpool to watchlist' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('region', { name: 'Comments (258)' })).getByText('Comment list'),
    ).toBeInTheDocument()
  })

  it('says clearly when Trakt has no such movie', async () => {
    server.use(fail('/movies/:id', 404))
    renderMovie()
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this movie" }),
    ).toBeInTheDocument()
  })

  it('explains a failure and retries', async () => {
    const user = userEvent.setup()
    server.use(fail('/movies/:id', 500))
    renderMovie()
    expect(await screen.findByRole('heading', { name: 'Could not load this movie' })).toBeInTheDocument()
    expect(screen.getByText('Trakt had a server error. Try again later.')).toBeInTheDocument()
    server.resetHandlers()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: /Deadpool/ })).toBeInTheDocument()
  })

  it('keeps the page up when one section fails, and retries only that section', async () => {
    const user = userEvent.setup()
    server.use(fail('/movies/:id/people', 500))
    renderMovie()
    const cast = await screen.findByRole('region', { name: 'Cast' })
    await waitFor(() =>
      expect(within(cast).getByRole('alert')).toHaveTextContent(/Could not load this section/),
    )
    expect(screen.getByRole('heading', { level: 1, name: /Deadpool/ })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Rating distribution' })).toBeInTheDocument()
    server.resetHandlers()
    await user.click(within(cast).getByRole('button', { name: 'Retry' }))
    expect(await within(cast).findByRole('link', { name: 'Ryan Reynolds' })).toBeInTheDocument()
  })
})
