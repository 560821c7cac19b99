import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react'
import { Link, useLocation } from 'react-router'
import { ToggleChip } from '@/components/ui/chip'
import { ChevronDownIcon, SearchIcon } from '@/components/ui/icons'
import { cn } from '@/lib/cn'
import { FIELD_LABELS, SEARCH_TYPES, fieldsForTypes } from '../lib/search-types'
import type { SearchUrlState } from '../lib/use-search-url-state'
import { SEARCH_BOX_ATTRIBUTE, type SearchPageState } from '../lib/use-slash-to-focus-search'

/** How long typing must pause before the query reaches the URL (and Trakt). */
export const SEARCH_DEBOUNCE_MS = 350

/** An external id typed into the text box: offer the ID lookup instead. */
function idHint(text: string): { idType: 'imdb'; id: string } | null {
  const match = /^\s*(tt\d{5,})\s*$/i.exec(text)
  return match ? { idType: 'imdb', id: match[1]!.toLowerCase() } : null
}

/** What is being typed, the URL query it was typed over, and what it last asked the URL to become. */
type Draft = { text: string; q: string; committed?: string }

/** The search box (searching as you type), the type chips and the advanced options, all read from the URL. */
export function SearchForm({ state }: { state: SearchUrlState }) {
  const { q, types, fields, isAdvancedSyntax } = state
  const location = useLocation()
  const inputRef = useRef<HTMLInputElement>(null)
  const ids = { input: useId(), advanced: useId(), syntaxHelp: useId() }
  const [isAdvancedOpen, setIsAdvancedOpen] = useState(() => fields.length > 0 || isAdvancedSyntax)

  // The box shows the URL's query, or what is being typed over it. The draft stands while the URL is the query it
  // was typed over, what it asked for, or its own text trimmed (so a trailing space, or a word typed while the URL
  // was catching up, survives). Once a new URL is on screen, the draft moves onto it, or goes if the URL went
  // elsewhere (back, a link). That step waits for the commit: the router renders a new location in a transition,
  // and a keystroke can render the old one in between.
  const [draft, setDraft] = useState<Draft | null>(null)
  const isDraftShown = draft !== null && (q === draft.q || q === draft.committed || q === draft.text.trim())
  const text = isDraftShown ? draft.text : q
  useEffect(() => {
    setDraft((d) => {
      if (!d || d.q === q) return d
      return q === d.committed || q === d.text.trim() ? { text: d.text, q } : null
    })
  }, [q])

  const commitNow = (value: string) => {
    setDraft((d) => ({ text: d?.text ?? value, q: d?.q ?? q, committed: value.trim() }))
    state.setQuery(value)
  }
  const commit = useEffectEvent(commitNow)
  useEffect(() => {
    if (text.trim() === q) return
    const timer = setTimeout(() => commit(text), SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [text, q])

  const arrivedToSearch = Boolean((location.state as SearchPageState | null)?.focusSearch)
  useEffect(() => {
    if (arrivedToSearch || !q) inputRef.current?.focus()
    // Only on arrival, not on every keystroke that changes `q`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    commitNow(text)
  }
  const hint = idHint(text)

  return (
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
          onChange={(e) => {
            const value = e.target.value
            setDraft((d) => ({ text: value, q: d?.q ?? q, committed: d?.committed }))
          }}
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
                onPressedChange={(pressed) => state.toggleType(t.value, pressed)}
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
                    onChange={(e) => state.toggleField(field, e.target.checked)}
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
                type="checkbox"
                checked={isAdvancedSyntax}
                aria-describedby={ids.syntaxHelp}
                onChange={(e) => state.setAdvancedSyntax(e.target.checked)}
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
      {hint ? (
        <p className="text-sm">
          Looks like an IMDb ID:{' '}
          <Link to={`/search/${hint.idType}/${hint.id}`} className="font-medium text-accent underline">
            look up {hint.id}
          </Link>
        </p>
      ) : null}
    </form>
  )
}
