import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { approveAuthorization, denyAuthorization } from '../handlers/oauth/authorize-actions'
import { DEMO_USER } from '../db/types'
import type { SandboxStore } from '../store'
import { getSandboxStore } from './sandbox-store-accessor'

type Props = {
  store?: SandboxStore | null
  /** Leaves for the app's callback (a full-page navigation by default). */
  navigate?: (url: string) => void
}

function sameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === window.location.origin
  } catch {
    return false
  }
}

/** The demo's stand-in for Trakt's authorization page ("Marquee wants to access your account"). */
export function DemoAuthorizePage({
  store = getSandboxStore(),
  navigate = (url) => window.location.assign(url),
}: Props) {
  const [params] = useSearchParams()
  const [isLeaving, setIsLeaving] = useState(false)
  const request = {
    client_id: params.get('client_id') ?? '',
    redirect_uri: params.get('redirect_uri') ?? '',
    state: params.get('state') ?? '',
    code_challenge: params.get('code_challenge') ?? '',
  }
  const user = store?.db.users[DEMO_USER] ?? Object.values(store?.db.users ?? {})[0]
  const problem = !store
    ? 'The demo sandbox is not running. Open the demo from the start page.'
    : !request.client_id ||
        !request.redirect_uri ||
        !request.code_challenge ||
        params.get('code_challenge_method') !== 'S256'
      ? 'This authorization request is incomplete (client_id, redirect_uri and an S256 code_challenge are required).'
      : !sameOrigin(request.redirect_uri)
        ? 'The redirect_uri does not belong to this app, so the sandbox refuses it.'
        : !user
          ? 'The sandbox has no user to sign in as.'
          : null

  const leave = (url: string) => {
    setIsLeaving(true)
    // The callback is a full page load that restores the sandbox from IndexedDB: save the new code first.
    void (store?.persist() ?? Promise.resolve()).finally(() => navigate(url))
  }

  return (
    <div className="mx-auto flex max-w-md flex-col justify-center gap-6 py-6 text-fg">
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">Trakt (sandbox)</p>
      {problem || !store || !user ? (
        <>
          <h1 className="text-xl font-bold focus:outline-none">Authorize Marquee (demo)</h1>
          <div role="alert" className="rounded-card border border-line bg-surface p-4 text-danger">
            {problem}
          </div>
        </>
      ) : (
        <section
          aria-labelledby="authorize-title"
          className="flex flex-col gap-4 rounded-card border border-line bg-surface p-6"
        >
          <h1 id="authorize-title" className="text-xl font-bold focus:outline-none">
            Marquee wants to access your account
          </h1>
          <p className="text-muted">
            Signed in as <strong className="text-fg">{user.username}</strong>. Marquee will be able to read
            and change your watchlist, history, ratings, collection, lists and comments in this sandbox.
          </p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <button
              type="button"
              disabled={isLeaving}
              className="rounded-card bg-accent px-4 py-3 font-semibold text-accent-fg disabled:opacity-60"
              onClick={() => leave(approveAuthorization(store, { ...request, username: user.ids.slug }))}
            >
              Approve
            </button>
            <button
              type="button"
              disabled={isLeaving}
              className="rounded-card border border-line bg-raised px-4 py-3 font-semibold disabled:opacity-60"
              onClick={() => leave(denyAuthorization(store, request))}
            >
              Deny
            </button>
          </div>
        </section>
      )}
    </div>
  )
}
