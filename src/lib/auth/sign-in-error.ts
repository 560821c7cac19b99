/** Why a sign-in did not finish; the callback and device pages explain each kind. */
export type SignInErrorKind =
  'denied' | 'state-mismatch' | 'missing-code' | 'expired-code' | 'exchange-failed' | 'network'

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

/** True when the request never got an answer (offline, DNS, CORS). */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError && !('code' in error)
}
