import { PageHeader } from '@/components/ui/page-header'
import { useDocumentTitle } from '@/lib/use-document-title'
import { useSearchUrlState } from '../lib/use-search-url-state'
import { SearchForm } from './search-form'
import { SearchResults } from './search-results'

/** `/search?q=…&type=movie,show&fields=title&syntax=advanced`: text search across Trakt with the query in the URL. */
export function SearchPage() {
  const state = useSearchUrlState()
  useDocumentTitle(state.q ? `Search: ${state.q}` : 'Search')
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Search" />
      <SearchForm state={state} />
      <div className="mt-6 space-y-4">
        <SearchResults state={state} />
      </div>
    </div>
  )
}
