import type { TokenEndpointResponse } from 'oauth4webapi'
import type { TokenSource } from '@/lib/trakt/client'
import { createMutex, type RefreshLock } from './refresh-lock'
import { isInvalidGrant } from './sign-in-error'
import {
  parseStoredSession,
  SESSION_KEY,
  tokensFromAnswer,
  type Session,
  type SessionUser,
  type StoredTokens,
} from './stored-session'

/** The OAuth library and the refresh and revoke calls load on first use, outside the entry chunk. */
const loadTokenRequests = () => import('./token-requests')

/** Shown on the sign-in page when Trakt no longer accepts the refresh token. */
export const SESSION_ENDED_MESSAGE = 'Your Trakt session ended. Sign in again.'

/** Refresh proactively when less than this remains. */
const REFRESH_MARGIN_MS = 10 * 60 * 1000

type ChannelLike = {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close?(): void
}

export type AuthSessionOptions = {
  clientId: string
  authUrl: string
  /** The app's redirect URI (Trakt wants it on refresh too). */
  redirectUri: string
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>
  /** The storage key (default `marquee.session`; the demo keeps its sandbox tokens apart). */
  storageKey?: string
  /** Serialises refreshes across tabs (Web Locks in browsers). */
  lock?: RefreshLock
  /** Tells other tabs that the session changed (BroadcastChannel in browsers). */
  channel?: ChannelLike | null
  now?: () => number
}

export type AuthSession = {
  getSnapshot(): Session
  subscribe(listener: () => void): () => void
  /** Call when another tab may have changed storage (the `storage` event). */
  notifyExternalChange(): void
  readTokens(): StoredTokens | null
  /** Stores the answer of a token endpoint (code exchange or device flow). */
  saveTokenAnswer(answer: TokenEndpointResponse): StoredTokens
  setUser(accessToken: string, user: SessionUser): void
  tokenSource: TokenSource
  /** Refreshes unless another tab already replaced `seenAccessToken`; null when signed out. */
  refresh(seenAccessToken: string): Promise<string | null>
  signOut(): Promise<void>
  /** Ends the session without revoking (dead refresh token), leaving `message` for the sign-in page. */
  end(message: string): void
  /** Called whenever this tab goes from signed in to signed out (also when another tab signed out). */
  onSignedOut(listener: () => void): () => void
  dispose(): void
}

const SIGNED_OUT: Session = { status: 'signed-out' }

/** The session: tokens in storage, a tiny external store for React, cross-tab refresh coordination. */
export function createAuthSession(options: AuthSessionOptions): AuthSession {
  const now = options.now ?? (() => Date.now())
  const key = options.storageKey ?? SESSION_KEY
  const lock = options.lock ?? createMutex()
  const endpoints = { clientId: options.clientId, authUrl: options.authUrl }
  const listeners = new Set<() => void>()
  const signedOutListeners = new Set<() => void>()

  let lastRaw: string | null | undefined
  let lastSnapshot: Session = SIGNED_OUT
  let wasSignedIn = false

  const readRaw = () => {
    try {
      return options.storage.getItem(key)
    } catch {
      return null
    }
  }

  const getSnapshot = (): Session => {
    const raw = readRaw()
    if (raw === lastRaw) return lastSnapshot
    lastRaw = raw
    const stored = parseStoredSession(raw)
    if (stored && 'tokens' in stored) {
      lastSnapshot = { status: 'signed-in', user: stored.tokens.user, expiresAt: stored.tokens.expires_at }
    } else if (stored && 'ended' in stored) {
      lastSnapshot = { status: 'signed-out', message: stored.ended }
    } else {
      lastSnapshot = SIGNED_OUT
    }
    return lastSnapshot
  }

  const emit = () => {
    const isSignedIn = getSnapshot().status === 'signed-in'
    if (wasSignedIn && !isSignedIn) signedOutListeners.forEach((listener) => listener())
    wasSignedIn = isSignedIn
    listeners.forEach((listener) => listener())
  }
  wasSignedIn = getSnapshot().status === 'signed-in'

  const write = (value: { tokens: StoredTokens } | { ended: string } | null) => {
    try {
      if (value === null) options.storage.removeItem(key)
      else options.storage.setItem(key, JSON.stringify(value))
    } catch {
      // Storage full or blocked: the session lives only as long as this page.
    }
    options.channel?.postMessage({ type: 'session-changed' })
    emit()
  }

  options.channel?.addEventListener('message', () => emit())

  const readTokens = (): StoredTokens | null => {
    const stored = parseStoredSession(readRaw())
    return stored && 'tokens' in stored ? stored.tokens : null
  }

  const end = (message: string) => write({ ended: message })

  const refresh = (seenAccessToken: string) =>
    lock(async () => {
      // Inside the lock, storage is the truth: another tab may have refreshed while we waited.
      const current = readTokens()
      if (!current) return null
      if (current.access_token !== seenAccessToken) return current.access_token
      try {
        const { requestRefreshedTokens } = await loadTokenRequests()
        const answer = await requestRefreshedTokens(endpoints, current.refresh_token, options.redirectUri)
        const tokens = tokensFromAnswer(answer, now(), current.user)
        write({ tokens })
        return tokens.access_token
      } catch (error) {
        if (isInvalidGrant(error)) {
          end(SESSION_ENDED_MESSAGE)
          return null
        }
        // Offline, rate limited or a server hiccup (a typed Trakt error): keep the session, the next request tries again.
        return null
      }
    })

  const tokenSource: TokenSource = {
    async getAccessToken() {
      const current = readTokens()
      if (!current) return null
      if (current.expires_at - now() > REFRESH_MARGIN_MS) return current.access_token
      const fresh = await refresh(current.access_token)
      return fresh ?? readTokens()?.access_token ?? null
    },
    refreshAfterUnauthorized: (token) => refresh(token),
  }

  return {
    getSnapshot,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    notifyExternalChange: emit,
    readTokens,
    saveTokenAnswer(answer) {
      const tokens = tokensFromAnswer(answer, now())
      write({ tokens })
      return tokens
    },
    setUser(accessToken, user) {
      const current = readTokens()
      if (current && current.access_token === accessToken) write({ tokens: { ...current, user } })
    },
    tokenSource,
    refresh,
    async signOut() {
      const current = readTokens()
      write(null)
      if (!current) return
      try {
        const { revokeAccessToken } = await loadTokenRequests()
        await revokeAccessToken(endpoints, current.access_token)
      } catch {
        // Revoking is a courtesy; the tokens are gone from this browser either way.
      }
    },
    end,
    onSignedOut(listener) {
      signedOutListeners.add(listener)
      return () => signedOutListeners.delete(listener)
    },
    dispose() {
      options.channel?.close?.()
      listeners.clear()
      signedOutListeners.clear()
    },
  }
}
