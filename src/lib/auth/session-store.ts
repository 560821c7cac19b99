import type { AuthSession } from './auth-session'
import type { Session } from './stored-session'

// What the shell reads before (or without) the session module: a first visit, signed out, never runs that chunk.
// default-session.ts registers the app's one session here once it exists.

const SIGNED_OUT: Session = { status: 'signed-out' }

let active: AuthSession | null = null
let stopFollowing: (() => void) | null = null
const listeners = new Set<() => void>()

/**
 * Makes `session` the one the shell follows (null: none yet, as on a signed-out first visit). `notify: false`
 * leaves mounted components alone (tests forgetting the session while their page is still mounted).
 */
export function setActiveSession(session: AuthSession | null, notify = true): void {
  stopFollowing?.()
  active = session
  stopFollowing = session ? session.subscribe(() => listeners.forEach((listener) => listener())) : null
  if (notify) listeners.forEach((listener) => listener())
}

export function activeSession(): AuthSession | null {
  return active
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function sessionSnapshot(): Session {
  return active ? active.getSnapshot() : SIGNED_OUT
}
