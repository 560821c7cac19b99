import * as oauth from 'oauth4webapi'
import { traktAuthFetch } from '@/lib/trakt/auth-fetch'

// oauth4webapi lives only in the modules that sign in, refresh, revoke or run the device flow, and those load on
// demand (dynamic import), so the library stays out of the entry chunk.

/** Trakt's authorization server as oauth4webapi sees it (no discovery document: the endpoints are fixed). */
export function authServer(authUrl: string): oauth.AuthorizationServer {
  return {
    issuer: authUrl,
    authorization_endpoint: `${authUrl}/oauth/authorize`,
    token_endpoint: `${authUrl}/oauth/token`,
    revocation_endpoint: `${authUrl}/oauth/revoke`,
    device_authorization_endpoint: `${authUrl}/oauth/device/code`,
    code_challenge_methods_supported: ['S256'],
  }
}

/** Trakt's device-token endpoint is not the token endpoint, so device polling uses its own server view. */
export function deviceTokenServer(authUrl: string): oauth.AuthorizationServer {
  return { ...authServer(authUrl), token_endpoint: `${authUrl}/oauth/device/token` }
}

/** Marquee is a public client: it identifies itself with its client id and proves possession with PKCE. */
export function authClient(clientId: string): oauth.Client {
  return { client_id: clientId, token_endpoint_auth_method: 'none' }
}

/** No client secret, ever. */
export const publicClientAuth = oauth.None()

/**
 * Request options: every OAuth call goes through the Trakt network door (`traktAuthFetch`: the configured auth host's
 * OAuth paths only, the rate-limit scheduler, typed errors); http:// is allowed only for a localhost auth URL.
 */
export function requestOptions(
  authUrl: string,
  extra: oauth.TokenEndpointRequestOptions = {},
): oauth.TokenEndpointRequestOptions {
  const options: oauth.TokenEndpointRequestOptions = {
    ...extra,
    [oauth.customFetch]: (url, init) => traktAuthFetch()(url, init),
  }
  if (new URL(authUrl).protocol === 'http:') options[oauth.allowInsecureRequests] = true
  return options
}
