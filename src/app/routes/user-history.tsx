import { useParams } from 'react-router'
import { HistoryPage } from '@/features/history/components/history-page'
import { historyQueries } from '@/features/history/api/history-queries'
import { filtersFromSearchParams } from '@/features/history/lib/history-filters'
import { currentSession } from '@/lib/auth/session'
import type { PageLoader } from './page-loader'

export function Component() {
  const { user = '' } = useParams()
  return <HistoryPage user={user} />
}

// Someone's history is public unless their profile is private; the signed-in user's own is their /history.
export const loader: PageLoader = ({ params, request }, queryClient) => {
  const user = params.user ?? ''
  const filters = filtersFromSearchParams(new URL(request.url).searchParams)
  const session = currentSession()
  if (session.status === 'signed-in' && session.user?.slug === user)
    void queryClient.prefetchInfiniteQuery(historyQueries.list(filters))
  else void queryClient.prefetchInfiniteQuery(historyQueries.user(user, filters))
  return null
}
