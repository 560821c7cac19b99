import * as oauth from 'oauth4webapi'
import { authClient, authServer, publicClientAuth, requestOptions } from './auth-server'

export type TokenEndpoints = { clientId: string; authUrl: string }

/** POST /oauth/token with the refresh token (PKCE public client: client id, no secret); the new token pair. */
export async function requestRefreshedTokens(
  endpoints: TokenEndpoints,
  refreshToken: string,
  redirectUri: string,
): Promise<oauth.TokenEndpointResponse> {
  const as = authServer(endpoints.authUrl)
  const client = authClient(endpoints.clientId)
  const response = await oauth.refreshTokenGrantRequest(
    as,
    client,
    publicClientAuth,
    refreshToken,
    requestOptions(endpoints.authUrl, { additionalParameters: { redirect_uri: redirectUri } }),
  )
  return oauth.processRefreshTokenResponse(as, client, response)
}

/** POST /oauth/revoke for the access token. */
export async function revokeAccessToken(endpoints: TokenEndpoints, accessToken: string): Promise<void> {
  const response = await oauth.revocationRequest(
    authServer(endpoints.authUrl),
    authClient(endpoints.clientId),
    publicClientAuth,
    accessToken,
    requestOptions(endpoints.authUrl),
  )
  await oauth.processRevocationResponse(response)
}
