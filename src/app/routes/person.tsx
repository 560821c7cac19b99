import { PersonPage } from '@/features/people/components/person-page'
import { personQueries } from '@/features/people/api/person-queries'
import { slugParam, type PageLoader } from './page-loader'

export function Component() {
  return <PersonPage />
}

export const loader: PageLoader = ({ params }, queryClient) => {
  void queryClient.prefetchQuery(personQueries.detail(slugParam(params)))
  return null
}
