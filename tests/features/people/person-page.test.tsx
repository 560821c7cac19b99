import { screen, waitFor, within } from '@testing-library/react'
import { setupServer } from 'msw/node'
import summary from '../../fixtures/people_summary_extended-full__trakt-r.json'
import movies from '../../fixtures/people_movies_extended-full__trakt-r.json'
import shows from '../../fixtures/people_shows_extended-full__trakt-r.json'
import lists from '../../fixtures/people_lists_all_popular__trakt-r.json'
import { PersonPage } from '@/features/people/components/person-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { fail, renderAt, serve } from '../movies/title-test-kit'

const server = setupServer(
  serve('/people/:id', summary),
  serve('/people/:id/movies', movies),
  serve('/people/:id/shows', shows),
  serve('/people/:id/lists/:type/:sort', lists),
)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetTrakt())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const today = new Date(2026, 10, 26)
const renderPerson = () =>
  renderAt('/people/bryan-cranston', [{ path: '/people/:slug', element: <PersonPage today={today} /> }])

describe('PersonPage', () => {
  it('renders the biography, birth with age, birthplace and links', async () => {
    renderPerson()
    expect(await screen.findByRole('heading', { level: 1, name: 'Bryan Cranston' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByText('Born', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /1956 \(age 70\)/,
    )
    expect(screen.getByText('Birthplace', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'Hollywood, Los Angeles, California, USA',
    )
    expect(screen.getByRole('region', { name: 'Biography' })).toHaveTextContent(/American actor/)
    expect(screen.getByRole('link', { name: /IMDb: Bryan Cranston/ })).toHaveAttribute(
      'href',
      'https://www.imdb.com/name/nm0186505/',
    )
    expect(screen.getByRole('link', { name: /TMDB: Bryan Cranston/ })).toHaveAttribute(
      'href',
      'https://www.themoviedb.org/person/17419',
    )
  })

  it('lists movie and show credits newest first, with characters and crew by department', async () => {
    renderPerson()
    const acting = await screen.findByRole('list', { name: 'Movies: acting' })
    const years = within(acting)
      .getAllByRole('listitem')
      .map((li) => Number(li.textContent?.slice(0, 4)))
      .filter((year) => !Number.isNaN(year))
    expect(years).toEqual([...years].sort((a, b) => b - a))
    expect(within(acting).getByRole('link', { name: 'Tangles' })).toHaveAttribute(
      'href',
      '/movies/tangles-2026',
    )
    expect(within(acting).getByRole('link', { name: 'Tangles' }).closest('li')).toHaveTextContent(
      '2026Tangles — as (voice)',
    )

    const showActing = await screen.findByRole('list', { name: 'Shows: acting' })
    expect(within(showActing).getAllByRole('listitem')[0]).toHaveTextContent(
      /Malcolm in the Middle: Life's Still Unfair — as Hal · 4 episodes/,
    )
    const showsSection = screen.getByRole('region', { name: 'Shows' })
    expect(within(showsSection).getByRole('heading', { level: 3, name: 'Production' })).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'Shows: production' })).getByRole('link', {
        name: 'Breaking Bad',
      }),
    ).toHaveAttribute('href', '/shows/breaking-bad')
  })

  it('lists the lists containing the person', async () => {
    renderPerson()
    const section = await screen.findByRole('region', { name: 'Lists with this person' })
    expect(await within(section).findByRole('link', { name: 'Actors' })).toHaveAttribute(
      'href',
      '/users/stonecold669/lists/actors',
    )
  })

  it('says clearly when the person does not exist', async () => {
    server.use(fail('/people/:id', 404))
    renderPerson()
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this person" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the show credits fail', async () => {
    server.use(fail('/people/:id/shows', 500))
    renderPerson()
    const shows = await screen.findByRole('region', { name: 'Shows' })
    await waitFor(() => expect(within(shows).getByRole('alert')).toBeInTheDocument())
    expect(await screen.findByRole('list', { name: 'Movies: acting' })).toBeInTheDocument()
  })
})
