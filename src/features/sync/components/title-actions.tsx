import { lazy, Suspense } from 'react'
import { useLocation } from 'react-router'
import { Button } from '@/components/ui/button'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { currentSession, startSignIn, useSession } from '@/lib/auth/session'
import type { TitleActionsProps } from './signed-in-actions'

export type { TitleItem } from '../api/sync-item'

const loadSignedInActions = () => import('./signed-in-actions')
const SignedInActions = lazy(async () => ({ default: (await loadSignedInActions()).SignedInActions }))
// Every title page shows a signed-in user's actions: their code downloads with the page's, not after its data.
if (currentSession().status === 'signed-in') void loadSignedInActions()

/** Everything the signed-in user can do with a movie, show, season or episode; a sign-in button when signed out. */
export function TitleActions(props: TitleActionsProps) {
  const session = useSession()
  const location = useLocation()
  if (session.status !== 'signed-in') {
    return (
      <Button variant="primary" onClick={() => void startSignIn(location.pathname)}>
        Sign in to track this
      </Button>
    )
  }
  return (
    <Suspense
      fallback={
        <div role="status" className={cn('flex flex-wrap gap-3', pulse)}>
          <span className="sr-only">Loading your actions…</span>
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} className="h-10 w-32 rounded-full" />
          ))}
        </div>
      }
    >
      <SignedInActions {...props} />
    </Suspense>
  )
}
