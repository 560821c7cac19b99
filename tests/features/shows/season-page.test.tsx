import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setupServer } from 'msw/node'
import { SeasonPage } from '@/features/shows/components/season-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { fail, renderAt } from '../movies/title-test-kit'
import { seasonHandlers, showHandlers } from './show-handlers'

const server = setupServer(...seasonHandlers, ...showHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetTrakt())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const renderSeason = (path = '/shows/breaking-bad/seasons/2', element = <SeasonPage timeZone="UTC" />) =>
  renderAt(path, [{ path: '/shows/:slug/seasons/:season', element }])

describe('SeasonPage', () => {
  it('renders the season with its episodes: still, title, overview, air date, runtime and rating', async () => {
    renderSeason()
    expect(await screen.findByRole('heading', { level: 1, name: 'Season 2' })).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(await screen.findByRole('link', { name: 'Breaking Bad' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad',
    )
    expect(screen.getByText(/three months since the destruction/)).toBeInTheDocument()

    const list = await screen.findByRole('list', { name: 'Episodes' })
    const rows = within(list).getAllByRole('listitem')
    expect(rows).toHaveLength(9)
    expect(within(rows[0]!).getByRole('heading', { level: 3, name: 'Space Pilot 3000' })).toBeInTheDocument()
    expect(within(rows[0]!).getByRole('link', { name: 'Space Pilot 3000' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1/episodes/1',
    )
    expect(rows[0]).toHaveTextContent(/Pizza Delivery boy Philip J. Fry/)
    // 1999-03-29T01:00Z shown in the given time zone.
    expect(rows[0]).toHaveTextContent(/Mar 29, 1999/)
    expect(rows[0]).toHaveTextContent('22 min')
    expect(within(rows[0]!).getByLabelText('Rated 8.1')).toBeInTheDocument()
    // Without a spoiler rule nothing is blurred.
    expect(screen.queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument()
  })

  it('blurs the title, still and overview of the episodes hideSpoiler names, until revealed', async () => {
    const user = userEvent.setup()
    renderSeason(
      '/shows/breaking-bad/seasons/2',
      <SeasonPage timeZone="UTC" hideSpoiler={(season, episode) => !(season === 1 && episode === 1)} />,
    )
    const list = await screen.findByRole('list', { name: 'Episodes' })
    const [watched, unwatched] = within(list).getAllByRole('listitem')
    // Watched: in plain view.
    expect(within(watched!).getByRole('link', { name: 'Space Pilot 3000' })).toBeVisible()
    expect(within(watched!).queryByRole('button', { name: 'Reveal spoiler' })).not.toBeInTheDocument()
    // Not watched: the number links to the page; title and overview are out of the accessibility tree.
    expect(within(unwatched!).getByRole('link', { name: 'Episode 2' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1/episodes/2',
    )
    expect(within(unwatched!).queryByRole('link', { name: 'The Series Has Landed' })).not.toBeInTheDocument()
    const reveal = within(unwatched!).getByRole('button', { name: 'Reveal spoiler' })
    expect(reveal).toHaveAccessibleDescription('Title, still and overview of S01E02')
    await user.click(reveal)
    expect(within(unwatched!).getByRole('link', { name: 'The Series Has Landed' })).toBeInTheDocument()
    expect(within(unwatched!).getByRole('button', { name: 'Hide spoiler' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  it('links to the previous and next seasons', async () => {
    renderSeason()
    const nav = await screen.findByRole('navigation', { name: 'Seasons' })
    expect(await within(nav).findByRole('link', { name: '← Season 1' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1',
    )
    expect(within(nav).getByRole('link', { name: 'Season 3 →' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/3',
    )
  })

  it('reads season ratings keyed by source and shows stats, people, lists and watchers', async () => {
    renderSeason()
    const distribution = await screen.findByRole('list', { name: 'Rating distribution' })
    expect(within(distribution).getAllByRole('listitem')[3]).toHaveTextContent('Rated 7: 2,232 votes')
    const stats = screen.getByRole('region', { name: 'Stats' })
    expect(await within(stats).findByText('Collected episodes')).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Cast' })).toHaveTextContent('Bryan Cranston')
    const lists = screen.getByRole('region', { name: 'Lists with this season' })
    expect(await within(lists).findByRole('link', { name: 'Shows I watched in 2017' })).toHaveAttribute(
      'href',
      '/users/arlowe_/lists/shows-i-watched-in-2017',
    )
    const watching = screen.getByRole('region', { name: 'Watching now' })
    expect(await within(watching).findByRole('link', { name: 'Otakon_Mad' })).toBeInTheDocument()
  })

  it('says clearly when the season does not exist', async () => {
    server.use(fail('/shows/:id/seasons/:season/info', 404))
    renderSeason('/shows/breaking-bad/seasons/99')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this season" }),
    ).toBeInTheDocument()
  })

  it('treats a season number that is not a number as not found, without asking Trakt', async () => {
    renderSeason('/shows/breaking-bad/seasons/first')
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this season" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the episodes fail', async () => {
    server.use(fail('/shows/:id/seasons/:season', 500))
    renderSeason()
    const episodes = await screen.findByRole('region', { name: 'Episodes' })
    await waitFor(() => expect(within(episodes).getByRole('alert')).toBeInTheDocument())
    expect(screen.getByRole('heading', { level: 1, name: 'Season 2' })).toBeInTheDocument()
  })
})
