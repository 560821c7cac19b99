import { useId, useMemo, useState, type ReactNode } from 'react'
import { Link, useParams, useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/empty-state'
import { LinkButton } from '@/components/ui/link-button'
import { PageHeader } from '@/components/ui/page-header'
import { PAGE_PARAM, usePageParam, usePagedItems, type PagedItems } from '@/components/ui/use-paged-items'
import { cn } from '@/lib/cn'
import type { TraktFilters } from '@/lib/trakt/params'
import { useDocumentTitle } from '@/lib/use-document-title'
import { discoverQueries } from '../api/discover-queries'
import { listChartQueries } from '../api/list-queries'
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
import { ChartGrid } from './chart-grid'
import { ListCard } from './list-card'
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

type ChartHeaderProps<T> = {
  title: string
  paged: PagedItems<T>
  noun: 'title' | 'list'
  actions?: ReactNode
}

/** The back link and the chart's title, with its total from the pagination headers. */
function ChartHeader<T>({ title, paged, noun, actions }: ChartHeaderProps<T>) {
  // Inside the header's <p>: an inline placeholder, not a block.
  const total = paged.query.isPending ? (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-24 animate-pulse rounded-md bg-raised align-middle motion-reduce:animate-none"
    />
  ) : paged.total === undefined ? null : (
    <span>{formatTotal(paged.total, noun)}</span>
  )
  return (
    <>
      <Link
        to="/discover"
        className="mb-2 inline-block rounded-sm text-sm text-muted hover:text-fg hover:underline"
      >
        <span aria-hidden="true">← </span>Discover
      </Link>
      <PageHeader title={title} description={total} actions={actions} />
    </>
  )
}

function MediaSectionView({ type, section }: { type: MediaType; section: MediaSection }) {
  const [searchParams, setSearchParams] = useSearchParams()
  const { pages, setPages } = usePageParam()
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

  const paged = usePagedItems(discoverQueries.section(type, section, period, filters), {
    getKey: (card) => card.traktId,
    pages,
    setPages,
  })

  const applyFilters = (next: TraktFilters) => {
    // New filters mean a new query key, so paging starts again at page 1.
    const params = filtersToSearchParams(next, searchParams)
    params.delete(PAGE_PARAM)
    setSearchParams(params)
    setIsFiltersOpen(false)
  }

  const periodHref = (value: Period) => {
    const next = new URLSearchParams(searchParams)
    next.delete(PAGE_PARAM)
    if (value === DEFAULT_PERIOD) next.delete('period')
    else next.set('period', value)
    const text = next.toString()
    return text ? `?${text}` : '?'
  }

  return (
    <div>
      <ChartHeader
        title={title}
        paged={paged}
        noun="title"
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
        <div className="min-w-0">
          <ChartGrid
            paged={paged}
            title={title}
            variant="poster"
            renderItem={(card) => <TitleCard card={card} headingLevel="h2" />}
            empty={
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
            }
          />
        </div>
      </div>
    </div>
  )
}

function ListSectionView({ section }: { section: ListSection }) {
  const { pages, setPages } = usePageParam()
  const title = sectionTitle('lists', section)
  useDocumentTitle(title)
  const paged = usePagedItems(listChartQueries.section(section), {
    getKey: (list) => list.traktId,
    pages,
    setPages,
  })
  return (
    <div>
      <ChartHeader title={title} paged={paged} noun="list" />
      <ChartGrid
        paged={paged}
        title={title}
        variant="list"
        renderItem={(list) => <ListCard list={list} headingLevel="h2" />}
        empty={<EmptyState title="No lists right now" description="Check back later." />}
      />
    </div>
  )
}
