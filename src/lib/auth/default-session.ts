import type { QueryClient } from '@tanstack/react-query'
import { getConfig } from '@/lib/config'
import { setTokenSource } from '@/lib/trakt/trakt'
import { createAuthSession, type AuthSession } from './auth-session'
import { currentOrigin } from './browser-location'
import { loadSessionUser } from './load-session-user'
import { createRefreshLock } from './refresh-lock'
import { setActiveSession } from './session-store'
import { sessionStorageKey } from './stored-session'

/** Where Trakt sends the browser back after the authorization page. */
export const CALLBACK_PATH = '/auth/callback'

let session: AuthSession | null = null
let removeStorageListener: (() => void) | null = null
let removeSignOutHook: (() => void) | null = null

function openChannel(name: string) {
  if (typeof BroadcastChannel === 'undefined') return null
  const channel = new BroadcastChannel(name)
  // Node (tests) would otherwise keep the process alive for the channel.
  ;(channel as BroadcastChannel & { unref?: () => void }).unref?.()
  return channel
}

/** The app's redirect URI: `${origin}/auth/callback`. */
export function redirectUri(): string {
  return `${currentOrigin()}${CALLBACK_PATH}`
}

/** The app's one session; creating it registers it as the Trakt client's token source. */
export function getAuthSession(): AuthSession {
  if (session) return session
  const config = getConfig()
  const storageKey = sessionStorageKey()
  const created = createAuthSession({
    storageKey,
    clientId: config.clientId,
    authUrl: config.authUrl,
    redirectUri: redirectUri(),
    storage: window.localStorage,
    lock: createRefreshLock(),
    channel: openChannel(storageKey),
  })
  // The `storage` event is the fallback for browsers without BroadcastChannel; both just re-read storage.
  const onStorage = (event: StorageEvent) => {
    if (event.key === storageKey || event.key === null) created.notifyExternalChange()
  }
  window.addEventListener('storage', onStorage)
  removeStorageListener = () => window.removeEventListener('storage', onStorage)
  setTokenSource(created.tokenSource)
  session = created
  setActiveSession(created)
  return created
}

/** Loads and caches the profile once per sign-in; failures leave `user` null and try again next boot. */
export async function ensureSessionUser(): Promise<void> {
  const current = getAuthSession()
  const tokens = current.readTokens()
  if (!tokens || tokens.user) return
  try {
    current.setUser(tokens.access_token, await loadSessionUser())
  } catch {
    // The profile is decoration; the session works without it.
  }
}

/**
 * Boot wiring, called once from main.tsx before the first render: registers the session as the Trakt
 * token source, clears `queryClient` whenever this tab becomes signed out (here or in another tab),
 * and loads the profile if a stored session lacks it.
 */
export function installSession(options: { queryClient?: QueryClient } = {}): AuthSession {
  const current = getAuthSession()
  removeSignOutHook?.()
  removeSignOutHook = options.queryClient ? current.onSignedOut(() => options.queryClient!.clear()) : null
  void ensureSessionUser()
  return current
}

/** Forgets the app's session (tests: each test starts from storage). */
export function resetAuthSession(): void {
  removeStorageListener?.()
  removeSignOutHook?.()
  session?.dispose()
  removeStorageListener = null
  removeSignOutHook = null
  session = null
  setActiveSession(null, false)
  setTokenSource(null)
}
