import { useId, useState, type FormEvent } from 'react'
import { Disclosure } from '@/components/filters/disclosure'
import { ReferenceOptions } from '@/components/filters/reference-options'
import { Button } from '@/components/ui/button'
import { referenceQueries } from '@/lib/media/reference-queries'
import { SHOW_KINDS, type CalendarFilters, type CalendarParams, type ShowKind } from '../lib/calendar-params'

export type CalendarChoice = Pick<CalendarParams, 'shows' | 'movies' | 'dvd' | 'filters'>

const SHOW_LABELS: Record<ShowKind, string> = {
  all: 'All episodes',
  new: 'New shows',
  premieres: 'Season premieres',
  finales: 'Finales',
  none: 'No episodes',
}

const RANGE_FIELDS = [
  { key: 'years', name: 'Years', legend: 'Years', min: 1800, max: 2200 },
  { key: 'runtimes', name: 'Runtime', legend: 'Runtime (minutes)', min: 0, max: 1000 },
  { key: 'ratings', name: 'Rating', legend: 'Rating (0–100)', min: 0, max: 100 },
] as const
type RangeKey = (typeof RANGE_FIELDS)[number]['key']

/** Trakt's reference lists the calendar filters by: chosen from checkboxes, sent as slugs and codes. */
const LIST_FIELDS = [
  { key: 'genres', label: 'Genres' },
  { key: 'languages', label: 'Languages' },
  { key: 'countries', label: 'Countries' },
] as const
type ListKey = (typeof LIST_FIELDS)[number]['key']

type Draft = Omit<CalendarChoice, 'filters'> & {
  text: Record<string, string>
  lists: Record<ListKey, string[]>
}

const rangeText = (value: number | [number, number] | undefined, end: 0 | 1) =>
  value === undefined ? '' : String(Array.isArray(value) ? value[end] : value)

function toDraft({ filters, ...rest }: CalendarChoice): Draft {
  const text: Record<string, string> = { query: filters.query ?? '' }
  for (const { key } of RANGE_FIELDS) {
    text[`${key}-from`] = rangeText(filters[key], 0)
    text[`${key}-to`] = rangeText(filters[key], 1)
  }
  const lists = {
    genres: filters.genres ?? [],
    languages: filters.languages ?? [],
    countries: filters.countries ?? [],
  }
  return { ...rest, text, lists }
}

function readRange(draft: Draft, key: RangeKey, min: number, max: number): [number, number] | undefined {
  const read = (name: string) => {
    const raw = draft.text[name]?.trim() ?? ''
    return raw === '' || !Number.isFinite(Number(raw))
      ? null
      : Math.min(max, Math.max(min, Math.round(Number(raw))))
  }
  const from = read(`${key}-from`)
  const to = read(`${key}-to`)
  if (from === null && to === null) return undefined
  const [a, b] = [from ?? min, to ?? max]
  return [Math.min(a, b), Math.max(a, b)]
}

function fromDraft({ text, lists, ...rest }: Draft): CalendarChoice {
  const filters: CalendarFilters = {}
  const query = text.query?.trim()
  if (query) filters.query = query
  for (const { key, min, max } of RANGE_FIELDS) {
    const range = readRange({ ...rest, text, lists }, key, min, max)
    if (range && key === 'years') filters.years = range[0] === range[1] ? range[0] : range
    else if (range && key !== 'years') filters[key] = range
  }
  for (const { key } of LIST_FIELDS) if (lists[key].length > 0) filters[key] = [...new Set(lists[key])].sort()
  return { ...rest, filters }
}

const input = 'h-9 w-full min-w-0 rounded-md border border-line bg-surface px-2 text-sm'

/** What the calendar shows (which show calendar, movies, DVDs) and the reference's filters; applied together. */
export function CalendarFiltersForm({
  choice,
  onApply,
}: {
  choice: CalendarChoice
  onApply: (choice: CalendarChoice) => void
}) {
  const [draft, setDraft] = useState(() => toDraft(choice))
  const id = useId()
  const setText = (name: string, value: string) =>
    setDraft((d) => ({ ...d, text: { ...d.text, [name]: value } }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onApply(fromDraft(draft))
  }
  const clear = () => {
    const cleared = { shows: 'all' as const, movies: true, dvd: true, filters: {} }
    setDraft(toDraft(cleared))
    onApply(cleared)
  }
  return (
    <form
      aria-label="Calendar filters"
      onSubmit={submit}
      className="grid gap-4 rounded-card border border-line bg-surface p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">What to show</legend>
        <label htmlFor={`${id}-shows`} className="sr-only">
          Episodes
        </label>
        <select
          id={`${id}-shows`}
          value={draft.shows}
          onChange={(e) => setDraft((d) => ({ ...d, shows: e.target.value as ShowKind }))}
          className={input}
        >
          {SHOW_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {SHOW_LABELS[kind]}
            </option>
          ))}
        </select>
        {(['movies', 'dvd'] as const).map((key) => (
          <label key={key} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={draft[key]}
              onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.checked }))}
            />
            {key === 'movies' ? 'Movies in theaters' : 'DVD & Blu-ray releases'}
          </label>
        ))}
      </fieldset>
      <div className="space-y-1">
        <label htmlFor={`${id}-query`} className="block text-sm font-semibold">
          Title or description
        </label>
        <input
          id={`${id}-query`}
          type="search"
          value={draft.text.query}
          onChange={(e) => setText('query', e.target.value)}
          className={input}
        />
      </div>
      {LIST_FIELDS.map(({ key, label }) => (
        <Disclosure
          key={key}
          label={label}
          badge={draft.lists[key].length > 0 ? String(draft.lists[key].length) : undefined}
          defaultOpen={draft.lists[key].length > 0}
        >
          {() => {
            // Movies and shows share most genres; a calendar without episodes offers the movies' list.
            const type = draft.shows === 'none' ? 'movies' : 'shows'
            const props = {
              legend: label,
              selected: draft.lists[key],
              onChange: (values: string[]) =>
                setDraft((d) => ({ ...d, lists: { ...d.lists, [key]: values } })),
            }
            if (key === 'genres') return <ReferenceOptions query={referenceQueries.genres(type)} {...props} />
            if (key === 'languages')
              return <ReferenceOptions query={referenceQueries.languages(type)} {...props} />
            return <ReferenceOptions query={referenceQueries.countries(type)} {...props} />
          }}
        </Disclosure>
      ))}
      {RANGE_FIELDS.map(({ key, name, legend, min, max }) => (
        <fieldset key={key} className="space-y-1">
          <legend className="text-sm font-semibold">{legend}</legend>
          <div className="flex items-center gap-2">
            {(['from', 'to'] as const).map((end) => (
              <input
                key={end}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                aria-label={`${name} ${end}`}
                placeholder={end === 'from' ? 'From' : 'To'}
                value={draft.text[`${key}-${end}`]}
                onChange={(e) => setText(`${key}-${end}`, e.target.value)}
                className={input}
              />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-3">
        <Button type="submit">Apply filters</Button>
        <Button variant="ghost" onClick={clear}>
          Clear
        </Button>
      </div>
    </form>
  )
}
