import { screen, waitFor, within } from '@testing-library/react'
import { MoviePage } from '@/features/movies/components/movie-page'
import { PersonPage } from '@/features/people/components/person-page'
import { EpisodePage } from '@/features/shows/components/episode-page'
import { SeasonPage } from '@/features/shows/components/season-page'
import { ShowPage } from '@/features/shows/components/show-page'
import { resetTrakt } from '@/lib/trakt/trakt'
import { setupSandboxServer } from '../../support/sandbox-server'
import { renderAt } from './title-test-kit'

// The title pages against the demo's fake Trakt: every request is one the sandbox (and the contract) knows.
const sandbox = setupSandboxServer()
beforeAll(() => sandbox.server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => resetTrakt())
afterEach(() => sandbox.reset())
afterAll(() => sandbox.server.close())

async function expectNoSectionErrors(landmark: string) {
  await screen.findByRole('region', { name: landmark })
  await waitFor(() => expect(document.querySelectorAll('[aria-busy="true"]')).toHaveLength(0))
  expect(screen.queryAllByRole('alert')).toEqual([])
}

describe('title pages in the demo sandbox', () => {
  it('movie', async () => {
    renderAt('/movies/deadpool-2016', [{ path: '/movies/:slug', element: <MoviePage /> }])
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Deadpool')
    expect(await screen.findByRole('list', { name: 'Cast' })).toBeInTheDocument()
    await expectNoSectionErrors('Watching now')
  })

  it('show', async () => {
    renderAt('/shows/breaking-bad', [{ path: '/shows/:slug', element: <ShowPage /> }])
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Breaking Bad')
    expect(
      within(await screen.findByRole('list', { name: 'Seasons' })).getAllByRole('link').length,
    ).toBeGreaterThan(1)
    await expectNoSectionErrors('Watching now')
  })

  it('season', async () => {
    renderAt('/shows/breaking-bad/seasons/1', [
      { path: '/shows/:slug/seasons/:season', element: <SeasonPage /> },
    ])
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Season 1')
    expect(await screen.findByRole('list', { name: 'Episodes' })).toBeInTheDocument()
    await expectNoSectionErrors('Watching now')
  })

  it('episode', async () => {
    renderAt('/shows/breaking-bad/seasons/1/episodes/1', [
      { path: '/shows/:slug/seasons/:season/episodes/:episode', element: <EpisodePage /> },
    ])
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: /^Next episode: S01E02/ })).toHaveAttribute(
      'href',
      '/shows/breaking-bad/seasons/1/episodes/2',
    )
    await expectNoSectionErrors('Watching now')
  })

  it('person', async () => {
    renderAt('/people/bryan-cranston', [{ path: '/people/:slug', element: <PersonPage /> }])
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Bryan Cranston')
    expect(await screen.findByRole('list', { name: 'Shows: acting' })).toBeInTheDocument()
    await expectNoSectionErrors('Lists with this person')
  })
})
