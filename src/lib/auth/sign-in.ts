import * as oauth from 'oauth4webapi'
import { getConfig } from '@/lib/config'
import { DEMO_AUTHORIZE_PATH, isDemoMode } from '@/lib/demo'
import { authClient, authServer, publicClientAuth, requestOptions } from './auth-server'
import { assignLocation, currentOrigin } from './browser-location'
import { ensureSessionUser, getAuthSession, redirectUri } from './default-session'
import { isInvalidGrant, SignInError, signInErrorFrom } from './sign-in-error'

/** sessionStorage key of the sign-in in progress (verifier, state, where to return). */
export const PENDING_SIGN_IN_KEY = 'marquee.sign-in'

type PendingSignIn = { state: string; code_verifier: string; returnTo: string }

function safeReturnTo(returnTo: string): string {
  // Only paths inside the app: never bounce the user to another site after sign-in.
  return returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/'
}

/** Makes the PKCE verifier and state, remembers them for the callback, and returns the authorization URL. */
export async function createSignInRequest(returnTo: string): Promise<URL> {
  const { clientId, authUrl } = getConfig()
  const codeVerifier = oauth.generateRandomCodeVerifier()
  const state = oauth.generateRandomState()
  const pending: PendingSignIn = { state, code_verifier: codeVerifier, returnTo: safeReturnTo(returnTo) }
  sessionStorage.setItem(PENDING_SIGN_IN_KEY, JSON.stringify(pending))
  // The demo's authorization page is an app page: MSW cannot answer a full-page navigation.
  const url = isDemoMode()
    ? new URL(`${currentOrigin()}${DEMO_AUTHORIZE_PATH}`)
    : new URL(authServer(authUrl).authorization_endpoint!)
  url.searchParams.set('response_type', 'code')
  url.searchParams.set('client_id', clientId)
  url.searchParams.set('redirect_uri', redirectUri())
  url.searchParams.set('state', state)
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(codeVerifier))
  url.searchParams.set('code_challenge_method', 'S256')
  return url
}

/** "Sign in with Trakt": redirects to the authorization page. */
export async function redirectToSignIn(returnTo: string): Promise<void> {
  assignLocation((await createSignInRequest(returnTo)).toString())
}

function readPending(): PendingSignIn | null {
  try {
    const value = JSON.parse(sessionStorage.getItem(PENDING_SIGN_IN_KEY) ?? 'null') as PendingSignIn | null
    return value && typeof value.state === 'string' && typeof value.code_verifier === 'string' ? value : null
  } catch {
    return null
  }
}

/**
 * Finishes "Sign in with Trakt" on the callback page: checks the answer, exchanges the code (PKCE, no secret),
 * stores the tokens and the profile. Returns where to send the user; throws a SignInError otherwise.
 */
export async function completeSignIn(callbackUrl: string | URL): Promise<string> {
  const params = new URL(callbackUrl).searchParams
  const error = params.get('error')
  const pending = readPending()
  if (error) {
    sessionStorage.removeItem(PENDING_SIGN_IN_KEY)
    if (error === 'access_denied')
      throw new SignInError('denied', 'You chose not to connect Marquee to Trakt.')
    throw new SignInError('exchange-failed', params.get('error_description') ?? `Trakt answered "${error}".`)
  }
  if (!params.get('code') && !params.get('state')) {
    throw new SignInError('missing-code', 'Trakt did not send an authorization code.')
  }
  if (!pending || params.get('state') !== pending.state) {
    // Not the sign-in this tab started: abort without touching the code (it may be a forged request).
    throw new SignInError('state-mismatch', 'This sign-in did not start in this tab, so Marquee stopped it.')
  }
  if (!params.get('code')) throw new SignInError('missing-code', 'Trakt did not send an authorization code.')
  sessionStorage.removeItem(PENDING_SIGN_IN_KEY)

  const { clientId, authUrl } = getConfig()
  const as = authServer(authUrl)
  const client = authClient(clientId)
  try {
    const checked = oauth.validateAuthResponse(as, client, params, pending.state)
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      publicClientAuth,
      checked,
      redirectUri(),
      pending.code_verifier,
      requestOptions(authUrl),
    )
    const answer = await oauth.processAuthorizationCodeResponse(as, client, response)
    getAuthSession().saveTokenAnswer(answer)
  } catch (cause) {
    if (isInvalidGrant(cause)) {
      throw new SignInError('expired-code', 'The sign-in code expired or was already used.', { cause })
    }
    throw signInErrorFrom(cause, { kind: 'exchange-failed', message: 'Trakt did not accept the sign-in.' })
  }
  await ensureSessionUser()
  return pending.returnTo
}
