import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { renderApp, sandboxServer } from '../support/render-app'

describe('routes', () => {
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
    const { router } = renderApp('/profile', { user: 'demo' })
    const demo = sandboxServer.sandbox.store.db.users.demo!
    expect(await screen.findByRole('heading', { level: 1, name: demo.username })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`/users/${demo.ids.slug}`)
  })

  it('shows the account menu when signed in, with Settings and Sign out, and signs out', async () => {
    const user = userEvent.setup()
    renderApp('/discover', { user: 'demo' })
    const demo = sandboxServer.sandbox.store.db.users.demo!
    const token = Object.keys(sandboxServer.sandbox.store.db.oauth.accessTokens)[0]!
    await screen.findByRole('heading', { level: 1, name: 'Discover' })
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: `Account: ${demo.name}` }))
    const banner = screen.getByRole('banner')
    expect(within(banner).getByRole('link', { name: new RegExp(demo.name) })).toHaveAttribute(
      'href',
      `/users/${demo.ids.slug}`,
    )
    expect(within(banner).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings')
    expect(await within(banner).findByRole('group', { name: 'Theme' })).toBeInTheDocument()
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }))
    expect(await within(banner).findByRole('button', { name: 'Sign in' })).toBeInTheDocument()
    // The token was revoked at Trakt, not only forgotten here.
    await waitFor(() => expect(sandboxServer.sandbox.store.db.oauth.accessTokens[token]).toBeUndefined())
  })
})
