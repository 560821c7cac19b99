import { QueryClient } from '@tanstack/react-query'
import { getAuthSession } from '@/lib/auth/default-session'
import { currentSession, signOut, startSession } from '@/lib/auth/session'
import { activeSession } from '@/lib/auth/session-store'
import { SESSION_KEY, tokensFromAnswer } from '@/lib/auth/stored-session'
import { trakt } from '@/lib/trakt/trakt'
import { issueTokens } from '@/sandbox/handlers/oauth/oauth-tokens'
import { signedOutAuthSandbox } from './auth-test-kit'

const auth = signedOutAuthSandbox()

/** What another tab (or an earlier visit) leaves in storage after signing in as the sandbox's demo user. */
function storeSignedInSession() {
  const tokens = tokensFromAnswer(issueTokens(auth.store, 'demo'), Date.now())
  localStorage.setItem(SESSION_KEY, JSON.stringify({ tokens }))
  return tokens
}

/** Asks Trakt for the signed-in user's settings: 200 with a token, 401 without. */
async function settingsStatus() {
  try {
    return (await trakt().GET('/users/settings')).response.status
  } catch (error) {
    return (error as { status?: number }).status
  }
}

function cachedClient() {
  const queryClient = new QueryClient()
  queryClient.setQueryData(['sync', 'watchlist', 'movies'], [1, 2, 3])
  return queryClient
}

describe('startSession', () => {
  it('on a visit with a stored session, signs the first request in before the page asks anything', async () => {
    storeSignedInSession()
    await startSession({ queryClient: cachedClient() })
    expect(currentSession().status).toBe('signed-in')
    expect(await settingsStatus()).toBe(200)
  })

  it('on a signed-out visit, sends no token, and follows another tab that signs in', async () => {
    const queryClient = cachedClient()
    await startSession({ queryClient })
    expect(activeSession()).toBeNull()
    expect(currentSession()).toEqual({ status: 'signed-out' })
    expect(await settingsStatus()).toBe(401)

    storeSignedInSession()
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }))
    await vi.waitFor(() => expect(currentSession().status).toBe('signed-in'))
    expect(await settingsStatus()).toBe(200)
    // Installed like a boot with a session: signing out clears what the signed-in user had cached.
    await signOut()
    expect(currentSession().status).toBe('signed-out')
    expect(queryClient.getQueryData(['sync', 'watchlist', 'movies'])).toBeUndefined()
  })

  it('ignores other keys of storage', async () => {
    await startSession({ queryClient: cachedClient() })
    localStorage.setItem('marquee.theme', 'dark')
    window.dispatchEvent(new StorageEvent('storage', { key: 'marquee.theme' }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(activeSession()).toBeNull()
    // The next test's storage is clean; the listener goes when a session appears.
    storeSignedInSession()
    window.dispatchEvent(new StorageEvent('storage', { key: SESSION_KEY }))
    await vi.waitFor(() => expect(activeSession()).not.toBeNull())
  })

  it('installs the session that a sign-in in this tab creates', async () => {
    const queryClient = cachedClient()
    await startSession({ queryClient })
    // What sign-in.ts and device-flow.ts do once Trakt answers with tokens.
    getAuthSession().saveTokenAnswer(issueTokens(auth.store, 'demo'))
    expect(currentSession().status).toBe('signed-in')
    await vi.waitFor(async () => expect(await settingsStatus()).toBe(200))
    await signOut()
    await vi.waitFor(() => expect(queryClient.getQueryData(['sync', 'watchlist', 'movies'])).toBeUndefined())
  })
})
