// Contract for the session (owned by the auth work). The shell and features use only these exports.
import { useSyncExternalStore } from 'react'
import { getAuthSession } from './default-session'
import { redirectToSignIn } from './sign-in'

export type SessionUser = {
  username: string
  slug: string
  name: string | null
  avatar: string | null
  vip: boolean
}

export type Session =
  | { status: 'signed-out'; message?: string }
  | { status: 'signed-in'; user: SessionUser | null; expiresAt: number }

const subscribe = (listener: () => void) => getAuthSession().subscribe(listener)
const getSnapshot = () => getAuthSession().getSnapshot()

/** The current session (React hook, re-renders on sign-in, refresh, sign-out, and changes from other tabs). */
export function useSession(): Session {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}

/** Starts "Sign in with Trakt": redirects to the authorization page; `returnTo` is where the user comes back. */
export async function startSignIn(returnTo: string): Promise<void> {
  await redirectToSignIn(returnTo)
}

/** Revokes the token, clears tokens and the query cache. */
export async function signOut(): Promise<void> {
  await getAuthSession().signOut()
}
