import { useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { startSignIn, useSession } from '@/lib/auth/session'
import { primaryButton, secondaryButton } from './button-styles'
import { tryDemo } from '@/lib/auth/try-demo'

/** /signin: sign in with Trakt, with a code, or try the demo. `?returnTo=/path` says where to come back. */
export function SignInPage() {
  const session = useSession()
  const [params] = useSearchParams()
  const returnTo = params.get('returnTo') ?? '/'
  const [isStarting, setIsStarting] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const signIn = () => {
    setIsStarting(true)
    setProblem(null)
    startSignIn(returnTo).catch(() => {
      setIsStarting(false)
      setProblem('Marquee could not start signing in. Reload the page and try again.')
    })
  }

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6 py-6 text-fg">
      <h1 className="text-2xl font-bold focus:outline-none">Sign in</h1>
      {session.status === 'signed-out' && session.message && (
        <p role="alert" className="rounded-card border border-line bg-surface p-4 text-danger">
          {session.message}
        </p>
      )}
      {session.status === 'signed-in' && (
        <p role="status" className="rounded-card border border-line bg-surface p-4">
          You are signed in{session.user ? ` as ${session.user.username}` : ''}.{' '}
          <Link to="/" className="text-accent underline">
            Go home
          </Link>
        </p>
      )}
      <p className="text-muted">
        Marquee shows your Trakt watchlist, history, progress, ratings and lists. Sign in with your Trakt
        account: you approve Marquee on Trakt&apos;s own page, and Marquee never sees your password.
      </p>
      <div className="flex flex-col gap-3">
        <button type="button" className={primaryButton} onClick={signIn} disabled={isStarting}>
          {isStarting ? 'Opening Trakt…' : 'Sign in with Trakt'}
        </button>
        <Link
          to={`/signin/code${returnTo === '/' ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`}
          className={secondaryButton}
        >
          Sign in with a code
        </Link>
        <button type="button" className={secondaryButton} onClick={tryDemo}>
          Try the demo
        </button>
      </div>
      {problem && (
        <p role="alert" className="text-danger">
          {problem}
        </p>
      )}
      <p className="text-sm text-muted">
        &ldquo;Sign in with a code&rdquo; suits a TV or a shared computer: approve the code from your phone.
        The demo runs on made-up data inside your browser, with no Trakt account.
      </p>
    </div>
  )
}
