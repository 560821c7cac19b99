import { useInfiniteQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { LinkButton } from '@/components/ui/link-button'
import { PageHeader } from '@/components/ui/page-header'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import type { TraktFilters } from '@/lib/trakt/params'
import { useDocumentTitle } from '@/lib/use-document-title'
import { discoverQueries } from '../api/discover-queries'
import {
  DEFAULT_PERIOD,
  MEDIA_SECTIONS,
  PERIODS,
  isListSection,
  isMediaSection,
  isMediaType,
  isPeriod,
  sectionTitle,
  type ListSection,
  type MediaSection,
  type MediaType,
  type Period,
} from '../lib/discover-sections'
import {
  FILTER_KEYS,
  countFilters,
  filtersFromSearchParams,
  filtersToSearchParams,
} from '../lib/filters-search-params'
import { formatTotal } from '../lib/format-stat'
import { FiltersPanel } from './filters-panel'
import { GridSkeleton, listGridClasses, titleGridClasses } from './grid-states'
import { ListCard } from './list-card'
import { LoadMore } from '@/components/ui/load-more'
import { TitleCard } from './title-card'

/** `/discover/:type/:section` (e.g. `/discover/movies/trending`, `/discover/shows/watched?period=monthly`): one chart, paged. */
export function DiscoverSectionPage() {
  const { type, section } = useParams()
  if (type === 'lists' && isListSection(section)) return <ListSectionView section={section} />
  if (isMediaType(type) && isMediaSection(type, section))
    return <MediaSectionView type={type} section={section} />
  return (
    <div>
      <PageHeader title="Chart not found" />
      <EmptyState
        title="There is no such chart"
        description="Discover has trending, popular, anticipated, most played, watched and collected titles, box office and lists."
        action={<LinkButton to="/discover">Back to Discover</LinkButton>}
      />
    </div>
  )
}

function BackToDiscover() {
  return (
    <Link
      to="/discover"
      className="mb-2 inline-block rounded-sm text-sm text-muted hover:text-fg hover:underline"
    >
      <span aria-hidden="true">← </span>Discover
    </Link>
  )
}

function TotalLine({
  total,
  noun,
  isPending,
}: {
  total: number | undefined
  noun: 'title' | 'list'
  isPending: boolean
}) {
  // Inside the header's <p>: an inline placeholder, not a block.
  if (isPending)
    return (
      <span
        aria-hidden="true"
        className="inline-block h-4 w-24 animate-pulse rounded-md bg-raised align-middle motion-reduce:animate-none"
      />
    )
  return total === undefined ? null : <span>{formatTotal(total, noun)}</span>
}

function MediaSectionView({ type, section }: { type: MediaType; section: MediaSection }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const info = MEDIA_SECTIONS[section]
  const rawPeriod = searchParams.get('period')
  const period: Period = isPeriod(rawPeriod) ? rawPeriod : DEFAULT_PERIOD
  const filterSignature = FILTER_KEYS.map((k) => `${k}=${searchParams.get(k) ?? ''}`).join('&')
  // The signature stands for the filter params: the object only changes when they do.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => filtersFromSearchParams(searchParams, type), [filterSignature, type])
  const activeFilters = info.hasFilters ? countFilters(filters) : 0
  const [isFiltersOpen, setIsFiltersOpen] = useState(false)
  const filtersId = useId()
  const title = sectionTitle(type, section)
  useDocumentTitle(title)

  const query = useInfiniteQuery(discoverQueries.section(type, section, period, filters))
  const cards = useMemo(() => {
    // Charts shift while being paged: a title can come back on the next page.
    const seen = new Set<number>()
    return (query.data?.pages ?? [])
      .flatMap((p) => p.items)
      .filter((c) => !seen.has(c.traktId) && (seen.add(c.traktId), true))
  }, [query.data])
  const firstPage = query.data?.pages[0]
  const total = firstPage ? (firstPage.pagination?.itemCount ?? firstPage.items.length) : undefined

  const applyFilters = (next: TraktFilters) => {
    // New filters mean a new query key, so paging starts again at page 1.
    setSearchParams(filtersToSearchParams(next, searchParams))
    setIsFiltersOpen(false)
  }

  const periodHref = (value: Period) => {
    const next = new URLSearchParams(searchParams)
    if (value === DEFAULT_PERIOD) next.delete('period')
    else next.set('period', value)
    const text = next.toString()
    return text ? `?${text}` : '?'
  }

  let body
  if (query.isPending) body = <GridSkeleton label={`Loading ${title.toLowerCase()}`} />
  else if (query.isError && cards.length === 0)
    body = (
      <ErrorState
        title={`Could not load ${title.toLowerCase()}`}
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isRefetching}
      />
    )
  else if (cards.length === 0)
    body = (
      <EmptyState
        title={activeFilters > 0 ? 'No titles match these filters' : 'Nothing here right now'}
        description={
          activeFilters > 0
            ? 'Try fewer filters or a wider range.'
            : 'Trakt has no titles for this chart at the moment.'
        }
        action={
          activeFilters > 0 ? (
            <Button variant="secondary" onClick={() => applyFilters({})}>
              Clear filters
            </Button>
          ) : undefined
        }
      />
    )
  else
    body = (
      <>
        <ul aria-label={title} className={titleGridClasses}>
          {cards.map((card) => (
            <li key={card.traktId}>
              <TitleCard card={card} headingLevel="h2" />
            </li>
          ))}
        </ul>
        <LoadMore query={query} label="Load more titles" />
      </>
    )

  return (
    <div>
      <BackToDiscover />
      <PageHeader
        title={title}
        description={<TotalLine total={total} noun="title" isPending={query.isPending} />}
        actions={
          info.hasFilters ? (
            <Button
              variant="secondary"
              className="lg:hidden"
              aria-expanded={isFiltersOpen}
              aria-controls={filtersId}
              onClick={() => setIsFiltersOpen((open) => !open)}
            >
              Filters{activeFilters > 0 ? ` (${activeFilters})` : ''}
            </Button>
          ) : undefined
        }
      />
      {info.hasPeriod ? (
        <nav aria-label="Period" className="-mx-4 mb-6 overflow-x-auto px-4 sm:mx-0 sm:px-0">
          <ul className="flex gap-2">
            {PERIODS.map((p) => (
              <li key={p.value}>
                <Link
                  to={periodHref(p.value)}
                  aria-current={p.value === period ? 'page' : undefined}
                  className="inline-flex h-8 items-center whitespace-nowrap rounded-full border border-line bg-surface px-3 text-sm font-medium hover:bg-raised aria-[current=page]:border-accent aria-[current=page]:bg-accent aria-[current=page]:text-accent-fg"
                >
                  {p.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div
        className={cn(
          info.hasFilters && 'lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:items-start lg:gap-8',
        )}
      >
        {info.hasFilters ? (
          <aside
            id={filtersId}
            aria-label="Filters"
            className={cn(
              'mb-6 rounded-card border border-line bg-surface p-4 lg:sticky lg:top-20 lg:mb-0 lg:block lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto',
              !isFiltersOpen && 'max-lg:hidden',
            )}
          >
            <FiltersPanel key={filterSignature} type={type} filters={filters} onApply={applyFilters} />
          </aside>
        ) : null}
        <div className="min-w-0">{body}</div>
      </div>
    </div>
  )
}

function ListSectionView({ section }: { section: ListSection }) {
  const title = sectionTitle('lists', section)
  useDocumentTitle(title)
  const query = useInfiniteQuery(discoverQueries.lists(section))
  const lists = useMemo(() => {
    const seen = new Set<number>()
    return (query.data?.pages ?? [])
      .flatMap((p) => p.items)
      .filter((l) => !seen.has(l.traktId) && (seen.add(l.traktId), true))
  }, [query.data])
  const firstPage = query.data?.pages[0]
  const total = firstPage ? (firstPage.pagination?.itemCount ?? firstPage.items.length) : undefined

  let body
  if (query.isPending)
    body = <GridSkeleton label={`Loading ${title.toLowerCase()}`} variant="list" count={6} />
  else if (query.isError && lists.length === 0)
    body = (
      <ErrorState
        title={`Could not load ${title.toLowerCase()}`}
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isRefetching}
      />
    )
  else if (lists.length === 0)
    body = <EmptyState title="No lists right now" description="Check back later." />
  else
    body = (
      <>
        <ul aria-label={title} className={listGridClasses}>
          {lists.map((list) => (
            <li key={list.traktId}>
              <ListCard list={list} headingLevel="h2" />
            </li>
          ))}
        </ul>
        <LoadMore query={query} label="Load more lists" />
      </>
    )

  return (
    <div>
      <BackToDiscover />
      <PageHeader
        title={title}
        description={<TotalLine total={total} noun="list" isPending={query.isPending} />}
      />
      {body}
    </div>
  )
}
