import { useParams } from 'react-router'
import { WatchingNow } from '@/features/checkin/components/watching-now'
import { PlaceholderPage } from './placeholder-page'

export function Component() {
  const { user } = useParams()
  return (
    <PlaceholderPage
      title={user ?? 'Profile'}
      description="Profile, history, ratings and lists."
      before={user ? <WatchingNow user={user} /> : null}
    />
  )
}
