import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { assignLocation } from '@/lib/auth/browser-location'
import { PENDING_SIGN_IN_KEY } from '@/lib/auth/sign-in'
import { renderApp } from '../../support/render-app'

vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

beforeEach(() => vi.mocked(assignLocation).mockClear())

// The one sign-in prompt, seen through the pages that mount it.
// The first visit to a route loads its code chunk, which takes a while on a busy machine.
const LOAD = { timeout: 5000 }

describe('SignInPrompt', () => {
  it('asks a visitor to sign in and comes back to the same page, query and hash', async () => {
    const user = userEvent.setup()
    renderApp('/watchlist?type=movies#later')
    expect(
      await screen.findByRole('heading', { name: 'Sign in to see your watchlist' }, LOAD),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Sign in with Trakt' }))
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1))
    const target = new URL(vi.mocked(assignLocation).mock.calls[0]![0])
    expect(`${target.origin}${target.pathname}`).toBe('https://auth.trakt.tv/oauth/authorize')
    expect(JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!)).toMatchObject({
      returnTo: '/watchlist?type=movies#later',
    })
  })

  it('is the same prompt on the recommendations page, with the page’s own words', async () => {
    renderApp('/recommendations')
    const prompt = await screen.findByRole('region', { name: 'Sign in to see your recommendations' }, LOAD)
    expect(prompt).toHaveTextContent(
      'Trakt recommends movies and shows from what you and your friends watch.',
    )
    expect(screen.getByRole('button', { name: 'Sign in with Trakt' })).toBeInTheDocument()
  })
})
