import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { ShowPage } from '@/features/shows/components/show-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { API, fail, renderAt } from '../movies/title-test-kit'
import { showHandlers } from './show-handlers'

const server = setupServer(...showHandlers)
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetTrakt())
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const renderShow = (element = <ShowPage timeZone="America/Los_Angeles" />) =>
  renderAt('/shows/breaking-bad', [{ path: '/shows/:slug', element }])

describe('ShowPage', () => {
  it('renders the show, its network, status, air time in the user time zone and seasons', async () => {
    renderShow()
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent('Breaking Bad')
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
    expect(screen.getByText('Network', { selector: 'dt' }).nextElementSibling).toHaveTextContent('AMC')
    expect(screen.getByText('Status', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Ended')
    // Sunday 21:00 in New York is Sunday 18:00 in Los Angeles, whatever the season.
    expect(screen.getByText('Airs', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      /^Sundays at 6:00\sPM$/,
    )
    expect(screen.getByText('Change the equation.')).toBeInTheDocument()
    expect((await screen.findByText('Studio', { selector: 'dt' })).nextElementSibling).toHaveTextContent(
      'Sony Pictures Television',
    )

    const seasons = await screen.findByRole('list', { name: 'Seasons' })
    expect(within(seasons).getByRole('link', { name: 'Specials, 10 episodes (8 aired)' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/0',
    )
    expect(within(seasons).getByRole('link', { name: 'Season 5, 16 episodes' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/5',
    )
  })

  it('shows the next and last episode, certifications, ratings, cast and related shows', async () => {
    renderShow()
    const next = await screen.findByRole('region', { name: 'Next episode' })
    expect(await within(next).findByRole('link', { name: 'S23E1163 Episode 1163' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/23/episodes/1163',
    )
    const last = screen.getByRole('region', { name: 'Last episode' })
    expect(await within(last).findByText(/2026/)).toBeInTheDocument()

    const certifications = await screen.findByRole('region', { name: 'Certifications' })
    expect(await within(certifications).findByText('United States: TV-MA')).toBeInTheDocument()

    const distribution = await screen.findByRole('list', { name: 'Rating distribution' })
    expect(within(distribution).getAllByRole('listitem')[0]).toHaveTextContent('Rated 10: 5,546 votes')

    const cast = await screen.findByRole('list', { name: 'Cast' })
    expect(within(cast).getByRole('link', { name: 'Bryan Cranston' })).toHaveAttribute(
      'href',
      '/people/bryan-cranston',
    )
    expect(within(cast).getAllByRole('listitem')[0]).toHaveTextContent('Walter White · 62 episodes')

    const related = await screen.findByRole('list', { name: 'Related shows' })
    expect(within(related).getByRole('link', { name: 'The Simpsons (1989)' })).toHaveAttribute(
      'href',
      '/shows/the-simpsons',
    )
    expect(await screen.findByText('57 lists')).toBeInTheDocument()
  })

  it('says when no episode is scheduled (Trakt answers 204)', async () => {
    server.use(http.get(`${API}/shows/:id/next_episode`, () => new HttpResponse(null, { status: 204 })))
    renderShow()
    const next = await screen.findByRole('region', { name: 'Next episode' })
    expect(await within(next).findByText('No episode scheduled.')).toBeInTheDocument()
  })

  it('renders the actions slot with the show', async () => {
    renderShow(<ShowPage actions={(show) => <button type="button">Rate {show.title}</button>} />)
    expect(await screen.findByRole('button', { name: 'Rate Breaking Bad' })).toBeInTheDocument()
  })

  it('says clearly when the show does not exist', async () => {
    server.use(fail('/shows/:id', 404))
    renderShow()
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't find this show" }),
    ).toBeInTheDocument()
  })

  it('keeps the page up when the seasons fail to load', async () => {
    server.use(fail('/shows/:id/seasons', 500))
    renderShow()
    const seasons = await screen.findByRole('region', { name: 'Seasons' })
    await waitFor(() => expect(within(seasons).getByRole('alert')).toHaveTextContent(/server error/))
    expect(screen.getByRole('heading', { level: 1, name: /Breaking Bad/ })).toBeInTheDocument()
    expect(await screen.findByRole('list', { name: 'Cast' })).toBeInTheDocument()
  })

  it('hides the title and overview of a next or last episode that could spoil, until revealed', async () => {
    const user = userEvent.setup()
    renderShow(<ShowPage timeZone="UTC" hideSpoiler={() => true} />)
    const next = await screen.findByRole('region', { name: 'Next episode' })
    expect(await within(next).findByRole('link', { name: 'S23E1163' })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/23/episodes/1163',
    )
    const reveal = within(next).getByRole('button', { name: 'Reveal spoiler' })
    expect(reveal).toHaveAccessibleDescription('Title and overview of S23E1163')
    // Blurred content is out of the accessibility tree and cannot take focus (jsdom does not apply the blur).
    expect(within(next).getByText('Episode 1163').closest('[aria-hidden="true"][inert]')).not.toBeNull()
    await user.click(reveal)
    expect(within(next).getByText('Episode 1163').closest('[aria-hidden="true"]')).toBeNull()
  })
})
