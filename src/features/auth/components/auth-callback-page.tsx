import { Suspense, use, useEffect, useState } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { startSignIn } from '@/lib/auth/session'
import { primaryButton, secondaryButton } from './button-styles'
import { CALLBACK_ERROR_TEXT } from './callback-error-text'
import { completeSignInOnce } from './complete-sign-in-once'
import { tryDemo } from '@/lib/auth/try-demo'

/** /auth/callback: finishes "Sign in with Trakt", then returns the user where they started. */
export function AuthCallbackPage() {
  const location = useLocation()
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 py-6 text-fg">
      <Suspense fallback={<p role="status">Signing you in…</p>}>
        <CallbackOutcome search={location.search} />
      </Suspense>
    </div>
  )
}

function CallbackOutcome({ search }: { search: string }) {
  const result = use(completeSignInOnce(search))
  const navigate = useNavigate()

  useEffect(() => {
    // The code and state are spent: keep them out of the address bar and the browser history.
    window.history.replaceState(window.history.state, '', window.location.pathname)
    if (result.ok) void navigate(result.returnTo, { replace: true })
  }, [result, navigate])

  if (result.ok) return <p role="status">Signed in. Taking you back…</p>
  return <CallbackError kind={result.error.kind} />
}

function CallbackError({ kind }: { kind: keyof typeof CALLBACK_ERROR_TEXT }) {
  const text = CALLBACK_ERROR_TEXT[kind]
  const [isStarting, setIsStarting] = useState(false)
  return (
    <section role="alert" aria-labelledby="callback-error-title" className="flex flex-col gap-4">
      <h1 id="callback-error-title" className="text-2xl font-bold focus:outline-none">
        {text.title}
      </h1>
      <p className="text-muted">{text.body}</p>
      <div className="flex flex-col gap-3">
        <button
          type="button"
          className={primaryButton}
          disabled={isStarting}
          onClick={() => {
            setIsStarting(true)
            startSignIn('/').catch(() => setIsStarting(false))
          }}
        >
          Try again
        </button>
        {kind === 'denied' ? (
          <button type="button" className={secondaryButton} onClick={tryDemo}>
            Try the demo
          </button>
        ) : (
          <Link to="/signin/code" className={secondaryButton}>
            Sign in with a code
          </Link>
        )}
        <Link to="/" className="text-center text-accent underline">
          Continue without signing in
        </Link>
      </div>
    </section>
  )
}
