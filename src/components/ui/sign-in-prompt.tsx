import { useId, useState } from 'react'
import { useLocation } from 'react-router'
import { startSignIn } from '@/lib/auth/session'
import { Button } from './button'
import { Card } from './card'

type SignInPromptProps = {
  /** What signing in unlocks, e.g. "your watchlist" ("Sign in to see your watchlist"). */
  what: string
  description?: string
}

/**
 * The one sign-in prompt, for every page about the signed-in user: signing in comes back to this page (path, query
 * and hash). The demo is offered once, by the shell's invitation, not by every prompt.
 */
export function SignInPrompt({
  what,
  description = 'Marquee shows your own Trakt data here once you sign in with your Trakt account.',
}: SignInPromptProps) {
  const location = useLocation()
  const titleId = useId()
  const [isStarting, setIsStarting] = useState(false)
  const returnTo = `${location.pathname}${location.search}${location.hash}`
  const signIn = () => {
    setIsStarting(true)
    startSignIn(returnTo).catch(() => setIsStarting(false))
  }
  return (
    <Card role="region" aria-labelledby={titleId} className="flex flex-col items-start gap-3">
      <h2 id={titleId} className="text-lg font-semibold">
        Sign in to see {what}
      </h2>
      <p className="text-muted">{description}</p>
      <Button onClick={signIn} isLoading={isStarting}>
        Sign in with Trakt
      </Button>
    </Card>
  )
}
