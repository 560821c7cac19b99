import { keepPreviousData } from '@tanstack/react-query'
import { EmptyState } from '@/components/ui/empty-state'
import { SearchIcon } from '@/components/ui/icons'
import { PagedList } from '@/components/ui/paged-list'
import { usePagedItems } from '@/components/ui/use-paged-items'
import { searchQueries } from '../api/search-queries'
import type { SearchUrlState } from '../lib/use-search-url-state'
import { SearchResultItem, SearchResultsSkeleton } from './search-result-item'
import { formatCount } from '@/lib/media/format'

/** The results of the search in the URL: a count, the rows, and paging; a prompt when nothing is searched yet. */
export function SearchResults({ state }: { state: SearchUrlState }) {
  const { q, types, fields, isAdvancedSyntax, pages, setPages } = state
  const isSearching = q.trim() !== ''
  const paged = usePagedItems(
    {
      ...searchQueries.text({ query: q, types, fields, isAdvancedSyntax }),
      enabled: isSearching,
      // While the next query loads, the last results stay (dimmed) instead of flashing a skeleton per keystroke.
      placeholderData: keepPreviousData,
    },
    { getKey: (result) => result.key, pages, setPages },
  )

  if (!isSearching)
    return (
      <EmptyState
        icon={<SearchIcon />}
        title="Search Trakt"
        description="Find movies, shows, episodes, people and lists. Press / anywhere to come back here."
      />
    )

  const { total, query } = paged
  return (
    <>
      {total !== undefined && !query.isPending ? (
        <p role="status" className="text-sm text-muted">
          {formatCount(total)} result{total === 1 ? '' : 's'}
        </p>
      ) : null}
      <PagedList
        paged={paged}
        label="Search results"
        className="space-y-1"
        renderItem={(result) => <SearchResultItem result={result} />}
        loading={<SearchResultsSkeleton label="Searching…" />}
        errorTitle="Search failed"
        empty={
          <EmptyState
            title={`No results for “${q}”`}
            description={
              isAdvancedSyntax
                ? 'Check the advanced syntax, or switch it off to search for the words as typed.'
                : 'Check the spelling, or search more types or fields.'
            }
          />
        }
        loadMoreLabel="Load more results"
      />
    </>
  )
}
