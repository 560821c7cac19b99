// The session as the shell and features see it: they use only these exports.
import { useSyncExternalStore } from 'react'
import { getAuthSession } from './default-session'
import type { Session } from './stored-session'

export type { Session, SessionUser } from './stored-session'

const subscribe = (listener: () => void) => getAuthSession().subscribe(listener)
const getSnapshot = () => getAuthSession().getSnapshot()

/** The current session (React hook, re-renders on sign-in, refresh, sign-out, and changes from other tabs). */
export function useSession(): Session {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

/** The session right now, outside React (e.g. to start loading what a signed-in user will need). */
export function currentSession(): Session {
  return getSnapshot()
}

/**
 * Starts "Sign in with Trakt": redirects to the authorization page; `returnTo` is where the user comes back.
 * The PKCE code (and the OAuth library) loads here, on the click, not with the first page.
 */
export async function startSignIn(returnTo: string): Promise<void> {
  const { redirectToSignIn } = await import('./sign-in')
  await redirectToSignIn(returnTo)
}

/** Revokes the token, clears tokens and the query cache. */
export async function signOut(): Promise<void> {
  await getAuthSession().signOut()
}
