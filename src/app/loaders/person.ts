import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { personQueries } from '@/features/people/api/person-queries'

/** Starts the person's summary. */
export function personLoader(queryClient: QueryClient) {
  return ({ params }: LoaderFunctionArgs) => {
    void queryClient.prefetchQuery(personQueries.detail(params.slug ?? ''))
    return null
  }
}
