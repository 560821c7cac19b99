import { useQuery } from '@tanstack/react-query'
import { Navigate, useParams, useSearchParams } from 'react-router'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { LinkButton } from '@/components/ui/link-button'
import { PageHeader } from '@/components/ui/page-header'
import { errorMessage } from '@/lib/trakt/errors'
import { useDocumentTitle } from '@/lib/use-document-title'
import { searchQueries } from '../api/search-queries'
import {
  ID_TYPE_LABELS,
  ID_TYPES,
  isIdType,
  isSearchType,
  type IdType,
  type SearchType,
} from '../lib/search-types'
import { SearchResultItem, SearchResultsSkeleton } from './search-result-item'

/**
 * `/search/:idType/:id` (trakt, imdb, tmdb, tvdb; optional `?id_type=movie|show|episode|person`): one match
 * goes straight to its page, several are listed, none says so.
 */
export function IdLookupPage() {
  const { idType, id } = useParams()
  const [searchParams] = useSearchParams()
  const rawType = searchParams.get('id_type') ?? searchParams.get('type')
  const type = rawType && isSearchType(rawType) ? rawType : undefined
  const trimmedId = id?.trim() ?? ''

  if (!isIdType(idType) || !trimmedId) {
    return (
      <div className="mx-auto max-w-3xl">
        <PageHeader title="Look up an ID" />
        <EmptyState
          title="This is not an ID Trakt can look up"
          description={`Use /search/<kind>/<id> with kind one of ${ID_TYPES.join(', ')}, e.g. /search/imdb/tt0111161.`}
          action={<LinkButton to="/search">Search by title instead</LinkButton>}
        />
      </div>
    )
  }
  return <IdLookupResults idType={idType} id={trimmedId} type={type} />
}

function IdLookupResults({ idType, id, type }: { idType: IdType; id: string; type: SearchType | undefined }) {
  const label = `${ID_TYPE_LABELS[idType]} ID ${id}`
  useDocumentTitle(label)
  const query = useQuery(searchQueries.lookup(idType, id, type))

  if (query.data?.length === 1) return <Navigate to={query.data[0]!.href} replace />

  let body
  if (query.isPending) body = <SearchResultsSkeleton label={`Looking up ${label}`} count={2} />
  else if (query.isError)
    body = (
      <ErrorState
        title="The lookup failed"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isRefetching}
      />
    )
  else if (query.data.length === 0)
    body = (
      <EmptyState
        title="Nothing found"
        description={`Trakt has no ${type ?? 'movie, show, episode or person'} with ${label}.`}
        action={<LinkButton to="/search">Search by title</LinkButton>}
      />
    )
  else
    body = (
      <>
        <p className="mb-4 text-muted">{query.data.length} matches: this ID is not unique across types.</p>
        <ul aria-label="Matches" className="space-y-1">
          {query.data.map((result) => (
            <li key={result.key}>
              <SearchResultItem result={result} />
            </li>
          ))}
        </ul>
      </>
    )

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={`Look up ${label}`} />
      {body}
    </div>
  )
}
