import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { Link, useLocation, useSearchParams } from 'react-router'
import { ToggleChip } from '@/components/ui/chip'
import { EmptyState } from '@/components/ui/empty-state'
import { ErrorState } from '@/components/ui/error-state'
import { ChevronDownIcon, SearchIcon } from '@/components/ui/icons'
import { PageHeader } from '@/components/ui/page-header'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import { useDocumentTitle } from '@/lib/use-document-title'
import { searchQueries } from '../api/search-queries'
import {
  FIELD_LABELS,
  SEARCH_TYPES,
  fieldsForTypes,
  parseSearchFields,
  parseSearchTypes,
  type SearchType,
} from '../lib/search-types'
import { SEARCH_BOX_ATTRIBUTE, type SearchPageState } from '../lib/use-slash-to-focus-search'
import { LoadMore } from '@/components/ui/load-more'
import { SearchResultItem, SearchResultsSkeleton } from './search-result-item'

/** How long typing must pause before the query reaches the URL (and Trakt). */
export const SEARCH_DEBOUNCE_MS = 350

const count = (n: number) => new Intl.NumberFormat().format(n)

/** An external id typed into the text box: offer the ID lookup instead. */
function idHint(text: string): { idType: 'imdb'; id: string } | null {
  const match = /^\s*(tt\d{5,})\s*$/i.exec(text)
  return match ? { idType: 'imdb', id: match[1]!.toLowerCase() } : null
}

/** `/search?q=…&type=movie,show&fields=title&syntax=advanced`: text search across Trakt with the query in the URL. */
export function SearchPage() {
  const [searchParams, setSearchParams] = useSearchParams()
  const location = useLocation()
  const q = searchParams.get('q') ?? ''
  const typeParam = searchParams.get('type')
  const fieldsParam = searchParams.get('fields')
  const types = useMemo(() => parseSearchTypes(typeParam), [typeParam])
  const fields = useMemo(() => parseSearchFields(fieldsParam, types), [fieldsParam, types])
  const isAdvancedSyntax = searchParams.get('syntax') === 'advanced'

  const [text, setText] = useState(q)
  const [syncedQ, setSyncedQ] = useState(q)
  if (q !== syncedQ) {
    // The URL changed under us (back/forward, a link): show its query, unless it is what is being typed.
    setSyncedQ(q)
    if (q !== text.trim()) setText(q)
  }

  const [isAdvancedOpen, setIsAdvancedOpen] = useState(() => fields.length > 0 || isAdvancedSyntax)
  const inputRef = useRef<HTMLInputElement>(null)
  const ids = { input: useId(), advanced: useId(), syntax: useId(), syntaxHelp: useId() }
  useDocumentTitle(q ? `Search: ${q}` : 'Search')

  const update = (changes: Record<string, string | null>, options: { replace?: boolean } = {}) =>
    setSearchParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value)
          else next.delete(key)
        }
        return next
      },
      { replace: options.replace ?? false },
    )

  // Search as you type: the query reaches the URL once typing pauses; replacing keeps history clean.
  useEffect(() => {
    const wanted = text.trim()
    if (wanted === q) return
    const timer = setTimeout(() => {
      setSearchParams(
        (prev) => {
          const next = new URLSearchParams(prev)
          if (wanted) next.set('q', wanted)
          else next.delete('q')
          return next
        },
        { replace: true },
      )
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, q, setSearchParams])

  const arrivedToSearch = Boolean((location.state as SearchPageState | null)?.focusSearch)
  useEffect(() => {
    if (arrivedToSearch || !q) inputRef.current?.focus()
    // Only on arrival, not on every keystroke that changes `q`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    update({ q: text.trim() || null }, { replace: true })
  }

  const toggleType = (type: SearchType, isOn: boolean) => {
    const next = SEARCH_TYPES.map((t) => t.value).filter((t) => (t === type ? isOn : types.includes(t)))
    if (next.length === 0) return
    const allowed = fieldsForTypes(next)
    update({ type: next.join(','), fields: fields.filter((f) => allowed.includes(f)).join(',') || null })
  }

  const toggleField = (field: string, isOn: boolean) => {
    const next = fieldsForTypes(types).filter((f) => (f === field ? isOn : fields.includes(f)))
    update({ fields: next.join(',') || null })
  }

  const isSearching = q.trim() !== ''
  const query = useInfiniteQuery({
    ...searchQueries.text({ query: q, types, fields, isAdvancedSyntax }),
    enabled: isSearching,
    // While the next query loads, the last results stay (dimmed) instead of flashing a skeleton per keystroke.
    placeholderData: keepPreviousData,
  })
  const results = useMemo(() => {
    const seen = new Set<string>()
    return (query.data?.pages ?? [])
      .flatMap((p) => p.items)
      .filter((r) => !seen.has(r.key) && (seen.add(r.key), true))
  }, [query.data])
  const total = query.data?.pages[0]?.pagination?.itemCount ?? (query.data ? results.length : undefined)
  const hint = idHint(text)

  let body
  if (!isSearching) {
    body = (
      <EmptyState
        icon={<SearchIcon />}
        title="Search Trakt"
        description="Find movies, shows, episodes, people and lists. Press / anywhere to come back here."
      />
    )
  } else if (query.isPending) {
    body = <SearchResultsSkeleton label="Searching…" />
  } else if (query.isError && results.length === 0) {
    body = (
      <ErrorState
        title="Search failed"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        isRetrying={query.isRefetching}
      />
    )
  } else if (results.length === 0) {
    body = (
      <EmptyState
        title={`No results for “${q}”`}
        description={
          isAdvancedSyntax
            ? 'Check the advanced syntax, or switch it off to search for the words as typed.'
            : 'Check the spelling, or search more types or fields.'
        }
      />
    )
  } else {
    body = (
      <>
        <ul
          aria-label="Search results"
          aria-busy={query.isPlaceholderData || undefined}
          className="space-y-1 transition-opacity aria-busy:opacity-60"
        >
          {results.map((result) => (
            <li key={result.key}>
              <SearchResultItem result={result} />
            </li>
          ))}
        </ul>
        <LoadMore query={query} label="Load more results" />
      </>
    )
  }

  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="Search" />
      <form role="search" aria-label="Trakt" onSubmit={submit} className="space-y-4">
        <div className="relative">
          <label htmlFor={ids.input} className="sr-only">
            Search Trakt
          </label>
          <SearchIcon className="pointer-events-none absolute start-3 top-1/2 size-5 -translate-y-1/2 text-muted" />
          <input
            ref={inputRef}
            id={ids.input}
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Movies, shows, people, lists…"
            autoComplete="off"
            enterKeyHint="search"
            {...{ [SEARCH_BOX_ATTRIBUTE]: '' }}
            className="h-12 w-full rounded-full border border-line bg-surface ps-11 pe-4 text-base"
          />
        </div>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-muted">Types</legend>
          <div className="flex flex-wrap gap-2">
            {SEARCH_TYPES.map((t) => {
              const isOn = types.includes(t.value)
              return (
                <ToggleChip
                  key={t.value}
                  pressed={isOn}
                  // The last chosen type stays on: Trakt needs at least one.
                  aria-disabled={isOn && types.length === 1 ? true : undefined}
                  onPressedChange={(pressed) => toggleType(t.value, pressed)}
                >
                  {t.label}
                </ToggleChip>
              )
            })}
          </div>
        </fieldset>
        <div>
          <button
            type="button"
            aria-expanded={isAdvancedOpen}
            aria-controls={ids.advanced}
            onClick={() => setIsAdvancedOpen((open) => !open)}
            className="inline-flex items-center gap-1 rounded-md text-sm font-medium text-muted hover:text-fg"
          >
            Advanced
            <ChevronDownIcon className={cn('size-4 transition-transform', isAdvancedOpen && 'rotate-180')} />
          </button>
          <div
            id={ids.advanced}
            hidden={!isAdvancedOpen}
            className="mt-3 space-y-4 rounded-card border border-line bg-surface p-4"
          >
            <fieldset>
              <legend className="mb-1 text-sm font-semibold">Search only in</legend>
              <p className="mb-2 text-xs text-muted">None chosen: Trakt’s default fields.</p>
              <div className="flex flex-wrap gap-x-4 gap-y-1">
                {fieldsForTypes(types).map((field) => (
                  <label key={field} className="inline-flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={fields.includes(field)}
                      onChange={(e) => toggleField(field, e.target.checked)}
                      className="size-4 accent-accent"
                    />
                    {FIELD_LABELS[field] ?? field}
                  </label>
                ))}
              </div>
            </fieldset>
            <div>
              <label className="inline-flex items-center gap-2 text-sm font-semibold">
                <input
                  id={ids.syntax}
                  type="checkbox"
                  checked={isAdvancedSyntax}
                  aria-describedby={ids.syntaxHelp}
                  onChange={(e) => update({ syntax: e.target.checked ? 'advanced' : null })}
                  className="size-4 accent-accent"
                />
                Advanced syntax
              </label>
              <p id={ids.syntaxHelp} className="mt-1 text-xs text-muted">
                Send the query as typed, so operators such as + - && || ! ( ) " ~ * ? : work. Off: those
                characters are searched for literally.
              </p>
            </div>
          </div>
        </div>
      </form>

      <div className="mt-6 space-y-4">
        {hint ? (
          <p className="text-sm">
            Looks like an IMDb ID:{' '}
            <Link to={`/search/${hint.idType}/${hint.id}`} className="font-medium text-accent underline">
              look up {hint.id}
            </Link>
          </p>
        ) : null}
        {isSearching && total !== undefined && !query.isPending ? (
          <p role="status" className="text-sm text-muted">
            {count(total)} result{total === 1 ? '' : 's'}
          </p>
        ) : null}
        {body}
      </div>
    </div>
  )
}
