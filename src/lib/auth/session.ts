// Contract for the session (owned by the auth work). The shell and features use only these exports.

export type SessionUser = { username: string; slug: string; name: string | null; avatar: string | null; vip: boolean }

export type Session =
  | { status: 'signed-out'; message?: string }
  | { status: 'signed-in'; user: SessionUser | null; expiresAt: number }

/** The current session (React hook, re-renders on sign-in, refresh, sign-out, and changes from other tabs). */
export function useSession(): Session {
  return { status: 'signed-out' }
}

/** Starts "Sign in with Trakt": redirects to the authorization page; `returnTo` is where the user comes back. */
export async function startSignIn(_returnTo: string): Promise<void> {}

/** Revokes the token, clears tokens and the query cache. */
export async function signOut(): Promise<void> {}
