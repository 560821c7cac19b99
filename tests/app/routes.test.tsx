import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { RouteObject } from 'react-router'
import { RootHydrateFallback, RootLayout } from '@/app/layout/root-layout'
import { PageHeader } from '@/components/ui/page-header'
import { signOut, useSession, type Session } from '@/lib/auth/session'
import { renderApp } from './render-app'

vi.mock('@/lib/auth/session', () => ({
  useSession: vi.fn(() => ({ status: 'signed-out' })),
  startSignIn: vi.fn(async () => {}),
  signOut: vi.fn(async () => {}),
}))

const signedIn: Session = {
  status: 'signed-in',
  expiresAt: Date.now() + 3_600_000,
  user: { username: 'sean', slug: 'sean', name: 'Sean Rudford', avatar: null, vip: false },
}

describe('routes', () => {
  afterEach(() => vi.mocked(useSession).mockReset().mockReturnValue({ status: 'signed-out' }))

  // Pasted trakt.tv paths open a page, not the 404.
  it.each([
    ['/search/imdb/tt0111161', /^Look up IMDb/],
    ['/users/sean', 'sean'],
    ['/users/sean/lists/favourites', 'favourites'],
    ['/movies/deadpool-2016', /^Deadpool\b/],
    ['/shows/breaking-bad', /^Breaking Bad\b/],
    ['/shows/breaking-bad/seasons/2', /Season 2/],
    ['/shows/breaking-bad/seasons/2/episodes/3', /Open Water/],
    ['/people/bryan-cranston', 'Bryan Cranston'],
    ['/comments/123', 'Comment'],
    ['/recommendations', 'Recommendations'],
    ['/settings', 'Settings'],
    ['/signin', 'Sign in'],
    ['/signin/code', 'Sign in with a code'],
    ['/auth/callback', 'Trakt did not send a sign-in code'],
    ['/demo/oauth/authorize', 'Authorize Marquee (demo)'],
    ['/demo/activate', 'Activate a device'],
    ['/lists', 'Lists'],
    ['/profile', 'Profile'],
  ])('%s renders its page', async (path, heading) => {
    renderApp(path)
    expect(
      await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 }),
    ).toBeInTheDocument()
  })

  it('sends /profile to the signed-in user’s own profile', async () => {
    vi.mocked(useSession).mockReturnValue(signedIn)
    const { router } = renderApp('/profile')
    expect(await screen.findByRole('heading', { level: 1, name: 'sean' })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/users/sean')
  })

  it('shows the account menu when signed in, with Settings and Sign out', async () => {
    const user = userEvent.setup()
    vi.mocked(useSession).mockReturnValue(signedIn)
    renderApp('/discover')
    // The page's code and its loader's are two chunks, transformed on first use: slow on a busy machine.
    await screen.findByRole('heading', { level: 1, name: 'Discover' }, { timeout: 5000 })
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Account: Sean Rudford' }))
    const banner = screen.getByRole('banner')
    expect(within(banner).getByRole('link', { name: /Sean Rudford/ })).toHaveAttribute('href', '/users/sean')
    expect(within(banner).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings')
    expect(within(banner).getByRole('group', { name: 'Theme' })).toBeInTheDocument()
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }))
    expect(signOut).toHaveBeenCalledOnce()
  })

  it('shows a progress bar while the next page loads', async () => {
    const user = userEvent.setup()
    let release: () => void = () => {}
    const slow = new Promise<null>((resolve) => {
      release = () => resolve(null)
    })
    const routes: RouteObject[] = [
      {
        path: '/',
        Component: RootLayout,
        HydrateFallback: RootHydrateFallback,
        children: [
          { path: 'discover', Component: () => <PageHeader title="Discover" /> },
          { path: 'calendar', loader: () => slow, Component: () => <PageHeader title="Calendar" /> },
        ],
      },
    ]
    renderApp('/discover', routes)
    await screen.findByRole('heading', { level: 1, name: 'Discover' })
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    const [top] = screen.getAllByRole('navigation', { name: 'Primary' }) as [HTMLElement]
    await user.click(within(top).getByRole('link', { name: 'Calendar' }))
    expect(await screen.findByRole('progressbar', { name: 'Loading page' })).toBeInTheDocument()
    release()
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
  })
})
