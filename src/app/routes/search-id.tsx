import { IdLookupPage } from '@/features/search/components/id-lookup-page'

/** `/search/imdb/tt0111161`: Trakt's id lookup. */
export function Component() {
  return <IdLookupPage />
}
