import { useId } from 'react'
import { useLocation } from 'react-router'
import { startSignIn } from '@/lib/auth/session'
import { primaryButton, secondaryButton } from './button-styles'
import { tryDemo } from './try-demo'

type Props = {
  /** What signing in unlocks, e.g. "your watchlist". */
  what: string
}

/** For pages that need a user: "Sign in to see your watchlist", a sign-in button that returns here, and the demo. */
export function SignInPrompt({ what }: Props) {
  const location = useLocation()
  const titleId = useId()
  const returnTo = `${location.pathname}${location.search}${location.hash}`
  return (
    <section
      aria-labelledby={titleId}
      className="flex flex-col items-start gap-4 rounded-card border border-line bg-surface p-6 text-fg"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        Sign in to see {what}
      </h2>
      <p className="text-muted">This page shows your own Trakt data.</p>
      <div className="flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={() => void startSignIn(returnTo)}>
          Sign in
        </button>
        <button type="button" className={secondaryButton} onClick={tryDemo}>
          Try the demo
        </button>
      </div>
    </section>
  )
}
