// The session as the shell and features see it: they use only these exports. The session module itself (tokens,
// refresh, cross-tab sync, the profile) is a chunk of its own, loaded at boot only when storage holds a session, and
// otherwise when this tab or another one signs in.
import { useSyncExternalStore } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import { activeSession, sessionSnapshot, subscribeSession } from './session-store'
import { hasStoredSession, sessionStorageKey, type Session } from './stored-session'

export type { Session, SessionUser } from './stored-session'

/** The current session (React hook, re-renders on sign-in, refresh, sign-out, and changes from other tabs). */
export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, sessionSnapshot, sessionSnapshot)
}

/** The session right now, outside React (e.g. to start loading what a signed-in user will need). */
export function currentSession(): Session {
  return sessionSnapshot()
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
  await activeSession()?.signOut()
}

/**
 * Boot wiring, called once from main.tsx before the router starts. With a stored session the session module loads
 * now (index.html preloads it next to the entry) and registers itself as the Trakt client's token source before the
 * first page asks anything. Without one it loads once a session appears: a sign-in in this tab (which creates it), or
 * in another tab (the `storage` event).
 */
export async function startSession(options: { queryClient: QueryClient }): Promise<void> {
  let isInstalled = false
  let stop = () => {}
  const install = async () => {
    if (isInstalled) return
    isInstalled = true
    stop()
    const { installSession } = await import('./default-session')
    installSession(options)
  }
  if (hasStoredSession() || activeSession()) return install()
  const onStorage = (event: StorageEvent) => {
    if ((event.key === null || event.key === sessionStorageKey()) && hasStoredSession()) void install()
  }
  const unsubscribe = subscribeSession(() => {
    if (activeSession()) void install()
  })
  window.addEventListener('storage', onStorage)
  stop = () => {
    unsubscribe()
    window.removeEventListener('storage', onStorage)
  }
}
