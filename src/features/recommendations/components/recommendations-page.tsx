import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'
import { Link, useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { Poster } from '@/components/ui/poster'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { Tabs } from '@/components/ui/tabs'
import { useSession } from '@/lib/auth/session'
import { errorMessage } from '@/lib/trakt/errors'
import { hideRecommendationError, useHideRecommendation } from '../api/recommendation-mutations'
import {
  recommendationQueries,
  type Recommendation,
  type RecommendationFilters,
  type RecommendationType,
} from '../api/recommendation-queries'

const LIMITS = [10, 25, 50, 100] as const

/** Reads the page's choices from the URL, so a filtered view can be shared and survives a reload. */
function useRecommendationParams() {
  const [params, setParams] = useSearchParams()
  const type: RecommendationType = params.get('type') === 'shows' ? 'shows' : 'movies'
  const limitParam = Number(params.get('limit'))
  const filters: RecommendationFilters = {
    limit: (LIMITS as readonly number[]).includes(limitParam) ? limitParam : 25,
    ignoreCollected: params.get('ignore_collected') === 'true',
    ignoreWatchlisted: params.get('ignore_watchlisted') === 'true',
  }
  const update = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key)
          else next.set(key, value)
        }
        return next
      },
      { replace: true },
    )
  return { type, filters, update }
}

/** Personal movie and show recommendations (signed in), with filters and a way to hide what does not fit. */
export function RecommendationsPage() {
  const session = useSession()
  const { type, filters, update } = useRecommendationParams()

  if (session.status !== 'signed-in') {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold focus:outline-none">Recommendations</h1>
        <SignInPrompt
          what="your recommendations"
          description="Trakt recommends movies and shows from what you and your friends watch."
        />
      </div>
    )
  }

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold focus:outline-none">Recommendations</h1>
      <Tabs
        label="Recommendation type"
        value={type}
        onValueChange={(value) => update({ type: value === 'movies' ? null : value })}
        items={[
          {
            value: 'movies',
            label: 'Movies',
            panel: <RecommendationPanel type="movies" filters={filters} update={update} />,
          },
          {
            value: 'shows',
            label: 'Shows',
            panel: <RecommendationPanel type="shows" filters={filters} update={update} />,
          },
        ]}
      />
    </div>
  )
}

type PanelProps = {
  type: RecommendationType
  filters: RecommendationFilters
  update: (changes: Record<string, string | null>) => void
}

function RecommendationPanel({ type, filters, update }: PanelProps) {
  const id = useId()
  const query = useQuery(recommendationQueries.list(type, filters))
  const hide = useHideRecommendation()
  const noun = type === 'movies' ? 'movies' : 'shows'

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={filters.ignoreCollected}
            onChange={(event) => update({ ignore_collected: event.target.checked ? 'true' : null })}
          />
          Hide collected {noun}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            checked={filters.ignoreWatchlisted}
            onChange={(event) => update({ ignore_watchlisted: event.target.checked ? 'true' : null })}
          />
          Hide watchlisted {noun}
        </label>
        <label htmlFor={`${id}-limit`} className="flex items-center gap-2">
          How many
          <select
            id={`${id}-limit`}
            value={filters.limit}
            onChange={(event) => update({ limit: event.target.value })}
            className="rounded-md border border-line bg-surface px-2 py-1"
          >
            {LIMITS.map((limit) => (
              <option key={limit} value={limit}>
                {limit}
              </option>
            ))}
          </select>
        </label>
      </div>

      {hide.error ? (
        <p role="alert" className="text-sm text-danger">
          {hideRecommendationError} {errorMessage(hide.error)}
        </p>
      ) : null}

      {query.isPending ? (
        <div role="status" aria-live="polite" className={pulse}>
          <span className="sr-only">Loading recommendations…</span>
          <div className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
            {Array.from({ length: 10 }, (_, i) => (
              <Skeleton key={i} className="aspect-poster w-full rounded-card" />
            ))}
          </div>
        </div>
      ) : query.isError ? (
        <ErrorState
          title="Could not load recommendations"
          message={errorMessage(query.error)}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : query.data.length === 0 ? (
        <EmptyState
          title={`No ${noun} to recommend right now`}
          description="Watch and rate more, or loosen the filters, and Trakt will find more for you."
        />
      ) : (
        <ul
          aria-label={`Recommended ${noun}`}
          className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5"
        >
          {query.data.map((item) => (
            <RecommendationCard key={item.ids.trakt} item={item} onHide={() => hide.mutate({ type, item })} />
          ))}
        </ul>
      )}
    </div>
  )
}

function reasonOf(item: Recommendation): string | null {
  const friends = item.recommendedBy
  if (friends.length > 0)
    return friends.length === 1 ? 'Recommended by 1 friend' : `Recommended by ${friends.length} friends`
  const fans = item.favoritedBy
  if (fans.length > 0)
    return fans.length === 1 ? 'A favorite of 1 friend' : `A favorite of ${fans.length} friends`
  return null
}

function RecommendationCard({ item, onHide }: { item: Recommendation; onHide: () => void }) {
  const reason = reasonOf(item)
  return (
    <li className="flex flex-col gap-2">
      <Link
        to={item.href}
        className="group space-y-2 rounded-card focus-visible:outline-2 focus-visible:outline-accent"
      >
        <Poster images={item.posters} title={item.title} decorative />
        <span className="block font-medium leading-tight group-hover:underline">{item.title}</span>
      </Link>
      <div className="flex items-start justify-between gap-2 text-sm text-muted">
        <div>
          {item.year ? <p>{item.year}</p> : null}
          {reason ? <p>{reason}</p> : null}
        </div>
        <Button size="sm" variant="ghost" aria-label={`Hide ${item.title}`} onClick={onHide}>
          Hide
        </Button>
      </div>
    </li>
  )
}
