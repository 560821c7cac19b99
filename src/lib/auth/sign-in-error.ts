import { TraktHttpError, TraktNetworkError } from '@/lib/trakt/errors'

/** Why a sign-in did not finish; the callback and device pages explain each kind. */
export type SignInErrorKind =
  | 'denied'
  | 'state-mismatch'
  | 'missing-code'
  | 'expired-code'
  | 'exchange-failed'
  | 'network'
  | 'unavailable'

/** A sign-in failure with a `kind` the UI can switch on. */
export class SignInError extends Error {
  override readonly name = 'SignInError'
  readonly kind: SignInErrorKind

  constructor(kind: SignInErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.kind = kind
  }
}

/** True for an error that must end the session (a dead refresh token or an authorization code that is no longer valid). */
export function isInvalidGrant(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false
  const e = error as { error?: unknown; status?: unknown }
  return e.error === 'invalid_grant' && (e.status === 400 || e.status === 401)
}

/**
 * The SignInError for a failed call to Trakt's auth host. The network door's typed errors tell "unreachable"
 * (TraktNetworkError) from "rate limited or a server error" (TraktHttpError on 429/5xx); anything else is `fallback`.
 */
export function signInErrorFrom(
  cause: unknown,
  fallback: { kind: SignInErrorKind; message: string },
): SignInError {
  if (cause instanceof SignInError) return cause
  if (cause instanceof TraktNetworkError)
    return new SignInError('network', 'Marquee could not reach Trakt.', { cause })
  if (cause instanceof TraktHttpError) return new SignInError('unavailable', cause.message, { cause })
  return new SignInError(fallback.kind, fallback.message, { cause })
}
