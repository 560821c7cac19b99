import { progressQueries } from '@/features/progress/api/progress-queries'
import { ProgressPage } from '@/features/progress/components/progress-page'
import { viewFromSearchParams } from '@/features/progress/lib/progress-options'
import { currentSession } from '@/lib/auth/session'
import type { PageLoader } from './page-loader'

export function Component() {
  return <ProgressPage />
}

// The page is the signed-in user's own record: a visitor's page asks nothing (it shows the sign-in prompt). The
// list starts with the navigation; each show's progress follows from the page once the list is there.
export const loader: PageLoader = ({ request }, queryClient) => {
  if (currentSession().status !== 'signed-in') return null
  const { mode } = viewFromSearchParams(new URL(request.url).searchParams)
  void queryClient.prefetchQuery(progressQueries.showList(mode))
  return null
}
