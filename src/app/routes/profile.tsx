import { Navigate } from 'react-router'
import { PageSkeleton } from '@/components/ui/skeleton'
import { useSession } from '@/lib/auth/session'
import { PlaceholderPage } from './placeholder-page'

/** `/profile` is the signed-in user's own `/users/:slug`. */
export function Component() {
  const session = useSession()
  if (session.status === 'signed-in') {
    if (session.user) return <Navigate to={`/users/${session.user.slug}`} replace />
    return <PageSkeleton label="Loading your profile…" />
  }
  return (
    <PlaceholderPage
      title="Profile"
      description="Your history, ratings and stats."
      needsUser="your profile"
    />
  )
}
