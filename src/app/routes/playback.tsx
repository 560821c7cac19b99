import { PlaybackPage } from '@/features/playback/components/playback-page'
import { playbackQueries } from '@/features/playback/api/playback-queries'
import { currentSession } from '@/lib/auth/session'
import type { PageLoader } from './page-loader'

export function Component() {
  return <PlaybackPage />
}

// Only the signed-in user's own record: a visitor's page asks nothing (it shows the sign-in prompt).
export const loader: PageLoader = (_args, queryClient) => {
  if (currentSession().status === 'signed-in') void queryClient.prefetchQuery(playbackQueries.list())
  return null
}
