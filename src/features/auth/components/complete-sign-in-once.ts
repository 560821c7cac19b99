import { currentOrigin } from '@/lib/auth/browser-location'
import { CALLBACK_PATH } from '@/lib/auth/default-session'
import { completeSignIn } from '@/lib/auth/sign-in'
import { SignInError } from '@/lib/auth/sign-in-error'

export type CallbackResult = { ok: true; returnTo: string } | { ok: false; error: SignInError }

// One exchange per callback URL: StrictMode renders twice, and an authorization code works only once.
const results = new Map<string, Promise<CallbackResult>>()

/** The (cached) outcome of finishing sign-in for this callback query string; never rejects. */
export function completeSignInOnce(search: string): Promise<CallbackResult> {
  let result = results.get(search)
  if (!result) {
    result = completeSignIn(`${currentOrigin()}${CALLBACK_PATH}${search}`).then(
      (returnTo): CallbackResult => ({ ok: true, returnTo }),
      (error: unknown): CallbackResult => ({
        ok: false,
        error:
          error instanceof SignInError
            ? error
            : new SignInError('exchange-failed', 'Trakt did not accept the sign-in.'),
      }),
    )
    results.set(search, result)
  }
  return result
}
