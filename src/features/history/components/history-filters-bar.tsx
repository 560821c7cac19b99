import { useId } from 'react'
import { Button } from '@/components/ui/button'
import { HISTORY_TYPES, hasFilters, type HistoryFilters, type HistoryType } from '../lib/history-filters'

const TYPE_LABELS: Record<HistoryType, string> = {
  all: 'Everything',
  movies: 'Movies',
  shows: 'Shows',
  seasons: 'Seasons',
  episodes: 'Episodes',
}

const field = 'h-9 w-full min-w-0 sm:w-auto rounded-md border border-line bg-surface px-2 text-fg'

type HistoryFiltersBarProps = {
  filters: HistoryFilters
  onChange: (filters: HistoryFilters) => void
  /** With the one-item filter: the title whose plays are listed (read from the first play), once loaded. */
  itemTitle?: string | undefined
}

/** Type, one title and date range of the history, kept in the address. */
export function HistoryFiltersBar({ filters, onChange, itemTitle }: HistoryFiltersBarProps) {
  const id = useId()
  const set = (patch: Partial<HistoryFilters>) => {
    const next: HistoryFilters = { ...filters, ...patch }
    for (const key of ['id', 'startAt', 'endAt'] as const) if (!next[key]) delete next[key]
    onChange(next)
  }
  return (
    <div
      role="group"
      aria-label="Filters"
      className="mb-6 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap"
    >
      <div className="col-span-2 flex flex-col gap-1">
        <label htmlFor={`${id}-type`} className="text-sm font-medium">
          Type
        </label>
        <select
          id={`${id}-type`}
          value={filters.type}
          // Another type is another item's id space: the one-item filter does not carry over.
          onChange={(event) => set({ type: event.target.value as HistoryType, id: undefined })}
          className={field}
        >
          {HISTORY_TYPES.map((type) => (
            <option key={type} value={type}>
              {TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-from`} className="text-sm font-medium">
          From
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.startAt ?? ''}
          max={filters.endAt}
          onChange={(event) => set({ startAt: event.target.value || undefined })}
          className={field}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-to`} className="text-sm font-medium">
          To
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.endAt ?? ''}
          min={filters.startAt}
          onChange={(event) => set({ endAt: event.target.value || undefined })}
          className={field}
        />
      </div>
      {filters.id ? (
        <p className="col-span-2 self-center text-sm sm:order-last sm:basis-full">
          {itemTitle ? (
            <>
              Only the plays of <strong className="text-fg">{itemTitle}</strong>.
            </>
          ) : (
            'Only the plays of one title.'
          )}{' '}
          <button
            type="button"
            className="text-accent underline underline-offset-2"
            onClick={() => set({ id: undefined })}
          >
            Show every title
          </button>
        </p>
      ) : null}
      {hasFilters(filters) ? (
        <Button variant="ghost" className="justify-self-start" onClick={() => onChange({ type: 'all' })}>
          Clear filters
        </Button>
      ) : null}
    </div>
  )
}
