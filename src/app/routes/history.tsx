import { HistoryPage } from '@/features/history/components/history-page'
import { historyQueries } from '@/features/history/api/history-queries'
import { filtersFromSearchParams } from '@/features/history/lib/history-filters'
import { currentSession } from '@/lib/auth/session'
import type { PageLoader } from './page-loader'

export function Component() {
  return <HistoryPage />
}

// The history is the signed-in user's own: a visitor's page asks nothing (it shows the sign-in prompt). The session
// module is installed before the router starts (main.tsx), so a stored session already supplies the token here.
export const loader: PageLoader = ({ request }, queryClient) => {
  if (currentSession().status !== 'signed-in') return null
  const filters = filtersFromSearchParams(new URL(request.url).searchParams)
  void queryClient.prefetchInfiniteQuery(historyQueries.list(filters))
  return null
}
