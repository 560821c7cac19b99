import type { SignInErrorKind } from '@/lib/auth/sign-in-error'

/** What the callback page says for each way sign-in can fail. */
export const CALLBACK_ERROR_TEXT: Record<SignInErrorKind, { title: string; body: string }> = {
  denied: {
    title: 'You chose not to connect Marquee to Trakt',
    body: 'Nothing was shared. You can try again whenever you like, or look around in the demo.',
  },
  'state-mismatch': {
    title: 'This sign-in could not be verified',
    body: 'The answer from Trakt does not match a sign-in started in this tab (it may have been started elsewhere, or the tab was reloaded). For your safety Marquee stopped. Start again from this tab.',
  },
  'missing-code': {
    title: 'Trakt did not send a sign-in code',
    body: 'The address Trakt sent you back to is incomplete. Start signing in again.',
  },
  'expired-code': {
    title: 'This sign-in link expired',
    body: 'The code from Trakt expired or was already used (for example after going back in your browser). Start signing in again.',
  },
  'exchange-failed': {
    title: 'Trakt did not accept the sign-in',
    body: 'Trakt refused to finish signing in. Try again in a moment; if it keeps happening, Trakt may be having problems.',
  },
  network: {
    title: 'Marquee could not reach Trakt',
    body: 'Check your connection, then try again.',
  },
  unavailable: {
    title: 'Trakt is busy right now',
    body: 'Trakt asked Marquee to slow down or had a temporary problem, so signing in did not finish. Wait a minute, then try again.',
  },
}
