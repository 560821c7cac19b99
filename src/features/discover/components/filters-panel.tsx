import { useId, useState, type FormEvent } from 'react'
import { Button } from '@/components/ui/button'
import type { TraktFilters } from '@/lib/trakt/params'
import { Disclosure } from '@/components/filters/disclosure'
import { OptionCheckboxes } from '@/components/filters/option-checkboxes'
import { ReferenceOptions } from '@/components/filters/reference-options'
import { referenceQueries } from '@/lib/media/reference-queries'
import type { MediaType } from '../lib/discover-sections'
import { SHOW_STATUSES } from '../lib/filters-search-params'

type ListKey = 'genres' | 'languages' | 'countries' | 'certifications' | 'networks' | 'status'
type RangeKey = 'years' | 'runtimes' | 'ratings'

type Draft = {
  query: string
  ranges: Record<RangeKey, [string, string]>
  lists: Record<ListKey, string[]>
}

const RANGE_LIMITS: Record<RangeKey, { min: number; max: number }> = {
  years: { min: 1870, max: 2100 },
  runtimes: { min: 0, max: 600 },
  ratings: { min: 0, max: 100 },
}

function toDraft(filters: TraktFilters): Draft {
  const range = (value: number | [number, number] | undefined): [string, string] =>
    value === undefined
      ? ['', '']
      : Array.isArray(value)
        ? [String(value[0]), String(value[1])]
        : [String(value), String(value)]
  return {
    query: filters.query ?? '',
    ranges: {
      years: range(filters.years),
      runtimes: range(filters.runtimes),
      ratings: range(filters.ratings),
    },
    lists: {
      genres: filters.genres ?? [],
      languages: filters.languages ?? [],
      countries: filters.countries ?? [],
      certifications: filters.certifications ?? [],
      networks: filters.networks ?? [],
      status: filters.status ?? [],
    },
  }
}

function readRange(key: RangeKey, [fromText, toText]: [string, string]): [number, number] | undefined {
  const { min, max } = RANGE_LIMITS[key]
  const parse = (text: string) =>
    text.trim() === '' || !Number.isFinite(Number(text)) ? undefined : Number(text)
  const from = parse(fromText)
  const to = parse(toText)
  if (from === undefined && to === undefined) return undefined
  // One open end reads as "from here on" / "up to here".
  const low = Math.max(min, Math.min(max, Math.round(from ?? min)))
  const high = Math.max(
    min,
    Math.min(max, Math.round(to ?? (key === 'years' ? new Date().getFullYear() + 5 : max))),
  )
  return low <= high ? [low, high] : [high, low]
}

function toFilters(draft: Draft, type: MediaType): TraktFilters {
  const filters: TraktFilters = {}
  if (draft.query.trim()) filters.query = draft.query.trim()
  const years = readRange('years', draft.ranges.years)
  if (years) filters.years = years[0] === years[1] ? years[0] : years
  const runtimes = readRange('runtimes', draft.ranges.runtimes)
  if (runtimes) filters.runtimes = runtimes
  const ratings = readRange('ratings', draft.ranges.ratings)
  if (ratings) filters.ratings = ratings
  for (const key of Object.keys(draft.lists) as ListKey[]) {
    if (type === 'movies' && (key === 'networks' || key === 'status')) continue
    if (draft.lists[key].length > 0) filters[key] = [...draft.lists[key]].sort()
  }
  return filters
}

type FiltersPanelProps = {
  type: MediaType
  /** The filters in the URL; the panel edits a draft and hands back new filters on Apply. */
  filters: TraktFilters
  onApply: (filters: TraktFilters) => void
}

/**
 * The Discover filters of the reference (query, years, genres, languages, countries, runtimes, ratings,
 * certifications; networks and status for shows). Reference lists load when their group is opened.
 */
export function FiltersPanel({ type, filters, onApply }: FiltersPanelProps) {
  const [draft, setDraft] = useState(() => toDraft(filters))
  const id = useId()
  const setList = (key: ListKey) => (values: string[]) =>
    setDraft((d) => ({ ...d, lists: { ...d.lists, [key]: values } }))
  const setRange = (key: RangeKey, index: 0 | 1, value: string) =>
    setDraft((d) => {
      const next: [string, string] = [...d.ranges[key]]
      next[index] = value
      return { ...d, ranges: { ...d.ranges, [key]: next } }
    })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(toFilters(draft, type))
  }

  const badge = (key: ListKey) => (draft.lists[key].length > 0 ? `(${draft.lists[key].length})` : undefined)
  const isOpen = (key: ListKey) => draft.lists[key].length > 0

  const rangeFields = (key: RangeKey, legend: string, unit: string) => {
    const { min, max } = RANGE_LIMITS[key]
    return (
      <fieldset className="py-2">
        <legend className="py-1.5 text-sm font-semibold">{legend}</legend>
        <div className="flex items-center gap-2">
          <label className="sr-only" htmlFor={`${id}-${key}-from`}>
            {legend} from
          </label>
          <input
            id={`${id}-${key}-from`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            placeholder="From"
            value={draft.ranges[key][0]}
            onChange={(e) => setRange(key, 0, e.target.value)}
            className="h-9 w-full min-w-0 rounded-md border border-line bg-surface px-2 text-sm"
          />
          <span aria-hidden="true" className="text-muted">
            –
          </span>
          <label className="sr-only" htmlFor={`${id}-${key}-to`}>
            {legend} to
          </label>
          <input
            id={`${id}-${key}-to`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            placeholder="To"
            value={draft.ranges[key][1]}
            onChange={(e) => setRange(key, 1, e.target.value)}
            className="h-9 w-full min-w-0 rounded-md border border-line bg-surface px-2 text-sm"
          />
          {unit ? <span className="shrink-0 text-xs text-muted">{unit}</span> : null}
        </div>
      </fieldset>
    )
  }

  return (
    <form onSubmit={submit} aria-label="Filters" className="space-y-1">
      <div className="py-2">
        <label htmlFor={`${id}-query`} className="block py-1.5 text-sm font-semibold">
          Title or description
        </label>
        <input
          id={`${id}-query`}
          type="search"
          value={draft.query}
          onChange={(e) => setDraft((d) => ({ ...d, query: e.target.value }))}
          className="h-9 w-full rounded-md border border-line bg-surface px-3 text-sm"
        />
      </div>
      {rangeFields('years', 'Years', '')}
      <Disclosure label="Genres" badge={badge('genres')} defaultOpen={isOpen('genres')}>
        {() => (
          <ReferenceOptions
            legend="Genres"
            query={referenceQueries.genres(type)}
            selected={draft.lists.genres}
            onChange={setList('genres')}
          />
        )}
      </Disclosure>
      <Disclosure label="Languages" badge={badge('languages')} defaultOpen={isOpen('languages')}>
        {() => (
          <ReferenceOptions
            legend="Languages"
            query={referenceQueries.languages(type)}
            selected={draft.lists.languages}
            onChange={setList('languages')}
          />
        )}
      </Disclosure>
      <Disclosure label="Countries" badge={badge('countries')} defaultOpen={isOpen('countries')}>
        {() => (
          <ReferenceOptions
            legend="Countries"
            query={referenceQueries.countries(type)}
            selected={draft.lists.countries}
            onChange={setList('countries')}
          />
        )}
      </Disclosure>
      <Disclosure
        label="Certifications"
        badge={badge('certifications')}
        defaultOpen={isOpen('certifications')}
      >
        {() => (
          <ReferenceOptions
            legend="Certifications"
            query={referenceQueries.certifications(type)}
            selected={draft.lists.certifications}
            onChange={setList('certifications')}
          />
        )}
      </Disclosure>
      {type === 'shows' ? (
        <>
          <Disclosure label="Networks" badge={badge('networks')} defaultOpen={isOpen('networks')}>
            {() => (
              <ReferenceOptions
                legend="Networks"
                query={referenceQueries.networks()}
                selected={draft.lists.networks}
                onChange={setList('networks')}
              />
            )}
          </Disclosure>
          <Disclosure label="Status" badge={badge('status')} defaultOpen={isOpen('status')}>
            {() => (
              <OptionCheckboxes
                legend="Status"
                options={SHOW_STATUSES.map((s) => ({
                  value: s,
                  label: s.charAt(0).toUpperCase() + s.slice(1),
                }))}
                selected={draft.lists.status}
                onChange={setList('status')}
              />
            )}
          </Disclosure>
        </>
      ) : null}
      {rangeFields('runtimes', 'Runtime', 'min')}
      {rangeFields('ratings', 'Rating', '%')}
      <div className="flex flex-wrap gap-2 pt-3">
        <Button type="submit">Apply filters</Button>
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(toDraft({}))
            onApply({})
          }}
        >
          Clear all
        </Button>
      </div>
    </form>
  )
}
