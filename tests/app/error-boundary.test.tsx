import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { RouteObject } from 'react-router'
import { RootHydrateFallback, RootLayout } from '@/app/layout/root-layout'
import { RouteErrorBoundary } from '@/app/route-error-boundary'
import { PageHeader } from '@/components/ui/page-header'
import { TraktHttpError } from '@/lib/trakt/errors'
import { renderApp } from './render-app'

vi.mock('@/lib/auth/session', () => ({
  useSession: vi.fn(() => ({ status: 'signed-out' })),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

/** The shell's structure with one page whose loader fails as scripted. */
function routesWith(loader: () => unknown): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      HydrateFallback: RootHydrateFallback,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              path: 'movies/:slug',
              loader,
              Component: () => <PageHeader title="Dune" />,
              handle: { title: 'Movie' },
            },
          ],
        },
      ],
    },
  ]
}

describe('route error boundary', () => {
  it('explains a Trakt error inside the shell and retries', async () => {
    const user = userEvent.setup()
    let calls = 0
    renderApp(
      '/movies/dune',
      routesWith(() => {
        calls += 1
        if (calls === 1)
          throw new TraktHttpError({ status: 503, body: null, method: 'GET', path: '/movies/dune' })
        return null
      }),
    )
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trakt could not load this' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Trakt is overloaded right now. Try again in about 30 seconds.'),
    ).toBeInTheDocument()
    // The shell stays: navigation is still there.
    expect(screen.getAllByRole('navigation', { name: 'Primary' })).toHaveLength(2)

    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Dune' })).toBeInTheDocument()
    expect(calls).toBe(2)
  })

  it('shows "not found" for a Trakt 404', async () => {
    renderApp(
      '/movies/nope',
      routesWith(() => {
        throw new TraktHttpError({ status: 404, body: null, method: 'GET', path: '/movies/nope' })
      }),
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument()
    expect(screen.getByText(/Trakt has no record of this/)).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Go to Discover' })).toHaveAttribute('href', '/discover')
    await waitFor(() => expect(document.title).toBe('Not found · Marquee'))
  })

  it('offers sign-in for a 401', async () => {
    renderApp(
      '/movies/x',
      routesWith(() => {
        throw new TraktHttpError({ status: 401, body: null, method: 'GET', path: '/sync/watchlist' })
      }),
    )
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in needed' })).toBeInTheDocument()
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Sign in' })).toBeInTheDocument()
  })
})
