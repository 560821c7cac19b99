import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SignInPage } from '@/features/auth/components/sign-in-page'
import { SignInPrompt } from '@/features/auth/components/sign-in-prompt'
import { SignOutButton } from '@/features/auth/components/sign-out-button'
import { SESSION_ENDED_MESSAGE } from '@/lib/auth/auth-session'
import { assignLocation } from '@/lib/auth/browser-location'
import { getAuthSession, resetAuthSession } from '@/lib/auth/default-session'
import { PENDING_SIGN_IN_KEY } from '@/lib/auth/sign-in'
import { SESSION_KEY } from '@/lib/auth/stored-session'
import { resetTrakt } from '@/lib/trakt/trakt'
import { issueTokens } from '@/sandbox/handlers/oauth/oauth-tokens'
import type { SandboxStore } from '@/sandbox/store'
import { AUTH_URL, createAuthSandbox, createAuthServer } from '../../lib/auth/auth-test-kit'
import { renderRoute } from './render-route'

vi.mock('@/lib/auth/browser-location', () => ({
  assignLocation: vi.fn(),
  currentOrigin: () => window.location.origin,
}))

const auth = createAuthServer()
let store: SandboxStore

beforeAll(() => auth.server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => auth.server.close())
beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  resetAuthSession()
  resetTrakt({ writeIntervalMs: 0 })
  vi.mocked(assignLocation).mockClear()
  store = createAuthSandbox()
  auth.use(store)
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

describe('SignInPrompt', () => {
  it('asks to sign in and comes back to the current page', async () => {
    await renderRoute('/watchlist', <SignInPrompt what="your watchlist" />, '/watchlist?type=movies')
    expect(screen.getByRole('heading', { name: 'Sign in to see your watchlist' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }))
    await waitFor(() => expect(assignLocation).toHaveBeenCalledTimes(1))
    expect(JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY)!)).toMatchObject({
      returnTo: '/watchlist?type=movies',
    })
    expect(screen.getByRole('button', { name: 'Try the demo' })).toBeInTheDocument()
  })
})

describe('SignOutButton', () => {
  it('revokes, clears the session and goes to the sign-in page', async () => {
    const answer = issueTokens(store, 'demo')
    getAuthSession().saveTokenAnswer(answer)
    await renderRoute('/settings', <SignOutButton />, '/settings')
    await userEvent.click(screen.getByRole('button', { name: 'Sign out' }))
    expect(await screen.findByRole('heading', { name: 'Sign-in page at /signin' })).toBeInTheDocument()
    expect(localStorage.getItem(SESSION_KEY)).toBeNull()
    expect(store.db.oauth.accessTokens[answer.access_token]).toBeUndefined()
  })
})
