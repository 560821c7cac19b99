import { ListPage } from '@/features/lists/components/list-page'
import { listQueries } from '@/features/lists/api/list-queries'
import type { PageLoader } from './page-loader'

export function Component() {
  return <ListPage />
}

export const loader: PageLoader = ({ params }, queryClient) => {
  void queryClient.prefetchQuery(listQueries.detail(params.id ?? ''))
  void queryClient.prefetchInfiniteQuery(listQueries.items(params.id ?? ''))
  return null
}
