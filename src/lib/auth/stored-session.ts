import { isDemoMode } from '@/lib/demo'

/** The signed-in user's profile, as much of it as the app shows. */
export type SessionUser = {
  username: string
  slug: string
  name: string | null
  avatar: string | null
  vip: boolean
}

/** What the app knows about the session at a glance (the `useSession` snapshot). */
export type Session =
  | { status: 'signed-out'; message?: string }
  | { status: 'signed-in'; user: SessionUser | null; expiresAt: number }

/** The localStorage key of the session (tokens and cached profile). */
export const SESSION_KEY = 'marquee.session'

/** The demo's sandbox tokens live apart, so trying the demo never touches a real Trakt session. */
export const DEMO_SESSION_KEY = 'marquee.demo.session'

/** The key this page keeps its session under (index.html's boot script reads both keys too). */
export function sessionStorageKey(): string {
  return isDemoMode() ? DEMO_SESSION_KEY : SESSION_KEY
}

/** True when storage holds a session, or the reason the last one ended: the session module is needed at boot. */
export function hasStoredSession(): boolean {
  try {
    return localStorage.getItem(sessionStorageKey()) !== null
  } catch {
    return false
  }
}

export type StoredTokens = {
  access_token: string
  refresh_token: string
  /** Epoch ms: (created_at + expires_in) * 1000 from the token answer. */
  expires_at: number
  scope: string
  user: SessionUser | null
}

/** What localStorage holds: tokens, or the reason the last session ended (shown on the sign-in page). */
export type StoredSession = { tokens: StoredTokens } | { ended: string }

/** Parses the stored value; anything unreadable counts as signed out. */
export function parseStoredSession(raw: string | null): StoredSession | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<{ tokens: Partial<StoredTokens>; ended: unknown }>
    if (typeof value.ended === 'string') return { ended: value.ended }
    const t = value.tokens
    if (
      t &&
      typeof t.access_token === 'string' &&
      typeof t.refresh_token === 'string' &&
      typeof t.expires_at === 'number'
    ) {
      return {
        tokens: {
          access_token: t.access_token,
          refresh_token: t.refresh_token,
          expires_at: t.expires_at,
          scope: typeof t.scope === 'string' ? t.scope : 'public',
          user: t.user ?? null,
        },
      }
    }
  } catch {
    // Corrupt JSON: treat as signed out.
  }
  return null
}

/** The tokens from a token-endpoint answer; the expiry comes from the answer, never a constant. */
export function tokensFromAnswer(
  answer: {
    access_token: string
    refresh_token?: string
    expires_in?: number
    scope?: string
    created_at?: unknown
  },
  nowMs: number,
  user: SessionUser | null = null,
): StoredTokens {
  const createdAt = typeof answer.created_at === 'number' ? answer.created_at : Math.floor(nowMs / 1000)
  const expiresIn = typeof answer.expires_in === 'number' ? answer.expires_in : 0
  return {
    access_token: answer.access_token,
    refresh_token: answer.refresh_token ?? '',
    expires_at: (createdAt + expiresIn) * 1000,
    scope: answer.scope ?? 'public',
    user,
  }
}
