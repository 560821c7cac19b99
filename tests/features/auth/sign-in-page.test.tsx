import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SignInPage } from '@/features/auth/components/sign-in-page'
import { SESSION_ENDED_MESSAGE } from '@/lib/auth/auth-session'
import { assignLocation } from '@/lib/auth/browser-location'
import { resetAuthSession } from '@/lib/auth/default-session'
import { PENDING_SIGN_IN_KEY } from '@/lib/auth/sign-in'
import { SESSION_KEY } from '@/lib/auth/stored-session'
import { resetTrakt } from '@/lib/trakt/trakt'
import { AUTH_URL, createAuthSandbox, createAuthServer } from '../../lib/auth/auth-test-kit'
import { renderRoute } from './render-route'

vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

const auth = createAuthServer()

beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => auth.server.close())
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  resetAuthSession()
  resetTrakt({ writeIntervalMs: 0 })
  vi.mocked(assignLocation).mockClear()
  auth.use(createAuthSandbox())
})

describe('SignInPage', () => {
  it('offers Trakt, a code, and the demo', async () => {
    await renderRoute('/signin', <SignInPage />, '/signin?returnTo=%2Fcalendar')
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Sign in with a code' })).toHaveAttribute(
      'href',
      '/signin/code?returnTo=%2Fcalendar',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Sign in with Trakt' }))
    // Starting sign-in is async (the PKCE challenge is hashed first).
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1))
    const target = new URL(vi.mocked(assignLocation).mock.calls[0]![0])
    expect(`${target.origin}${target.pathname}`).toBe(`${AUTH_URL}/oauth/authorize`)
    expect(JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!)).toMatchObject({ returnTo: '/calendar' })
  })

  it('starts the demo with a full reload', async () => {
    await renderRoute('/signin', <SignInPage />, '/signin')
    await userEvent.click(screen.getByRole('button', { name: 'Try the demo' }))
    expect(localStorage.getItem('marquee.demo')).toBe('1')
    expect(assignLocation).toHaveBeenCalledWith('/?demo=1')
  })

  it('says why the last session ended', async () => {
    localStorage.setItem(SESSION_KEY, JSON.stringify({ ended: SESSION_ENDED_MESSAGE }))
    await renderRoute('/signin', <SignInPage />, '/signin')
    expect(screen.getByRole('alert')).toHaveTextContent('Your Trakt session ended. Sign in again.')
  })
})
