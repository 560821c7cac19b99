import type { ReactNode } from 'react'
import { useLocation } from 'react-router'
import { Button } from '@/components/ui/button'
import { Card } from '@/components/ui/card'
import { PageHeader } from '@/components/ui/page-header'
import { startSignIn, useSession } from '@/lib/auth/session'

/** Asks a signed-out visitor to sign in, then brings them back to this page. */
export function SignInRequired({ what }: { what: string }) {
  const location = useLocation()
  return (
    <Card className="flex flex-col items-start gap-3">
      <h2 className="text-lg font-semibold">Sign in to see {what}</h2>
      <p className="text-muted">
        Marquee shows your own Trakt data here once you sign in with your Trakt account.
      </p>
      <Button onClick={() => void startSignIn(location.pathname + location.search)}>
        Sign in with Trakt
      </Button>
    </Card>
  )
}

type PlaceholderPageProps = {
  title: string
  description?: ReactNode
  /** Pages about the signed-in user show a sign-in prompt to visitors. */
  needsUser?: string
  children?: ReactNode
}

/** Stand-in for a feature page that is not built yet. */
export function PlaceholderPage({ title, description, needsUser, children }: PlaceholderPageProps) {
  const session = useSession()
  const isSignedOut = needsUser !== undefined && session.status !== 'signed-in'
  return (
    <>
      <PageHeader title={title} description={description} />
      {isSignedOut ? (
        <SignInRequired what={needsUser} />
      ) : (
        <Card>
          <p className="text-muted">This page is coming soon.</p>
          {children}
        </Card>
      )}
    </>
  )
}
