import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SESSION_ENDED_MESSAGE } from '@/lib/auth/auth-session'
import { assignLocation } from '@/lib/auth/browser-location'
import { PENDING_SIGN_IN_KEY } from '@/lib/auth/sign-in'
import { SESSION_KEY } from '@/lib/auth/stored-session'
import { renderApp } from '../../../support/render-app'
import { TEST_URLS } from '../../../support/sandbox-server'

// Leaving for Trakt (or reloading into the demo) is a full page load; record it instead.
vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

const SLOW = { timeout: 10_000 }

beforeEach(() => vi.mocked(assignLocation).mockClear())

describe('SignInPage', () => {
  it('offers Trakt, a code, and the demo', async () => {
    renderApp('/signin?returnTo=%2Fcalendar')
    expect(await screen.findByRole('heading', { name: 'Sign in' }, SLOW)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign in with a code' })).toHaveAttribute(
      'href',
      '/signin/code?returnTo=%2Fcalendar',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Sign in with Trakt' }))
    // Starting sign-in is async (the PKCE challenge is hashed first).
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1))
    const target = new URL(vi.mocked(assignLocation).mock.calls[0]![0])
    expect(`${target.origin}${target.pathname}`).toBe(`${TEST_URLS.authUrl}/oauth/authorize`)
    expect(JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!)).toMatchObject({ returnTo: '/calendar' })
  })

  it('starts the demo with a full reload', async () => {
    renderApp('/signin')
    await screen.findByRole('heading', { name: 'Sign in' }, SLOW)
    // The page's own button, not the layout's demo invitation.
    await userEvent.click(within(screen.getByRole('main')).getByRole('button', { name: 'Try the demo' }))
    await waitFor(() => expect(assignLocation).toHaveBeenCalledWith('/?demo=1'))
    expect(localStorage.getItem('marquee.demo')).toBe('1')
  })

  it('says why the last session ended', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ ended: SESSION_ENDED_MESSAGE }))
    renderApp('/signin')
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(
      'Your Trakt session ended. Sign in again.',
    )
  })
})
