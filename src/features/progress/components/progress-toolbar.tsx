import { useId } from 'react'
import { cn } from '@/lib/cn'
import type { ProgressMode, ProgressOptions, ProgressSort, ProgressView } from '../lib/progress-options'

const SORTS: { value: ProgressSort; label: string }[] = [
  { value: 'recent', label: 'Recently watched' },
  { value: 'air-date', label: 'Next air date' },
  { value: 'percent', label: '% complete' },
  { value: 'remaining', label: 'Fewest remaining' },
  { value: 'title', label: 'Title' },
]

const MODES: { value: ProgressMode; label: string }[] = [
  { value: 'watched', label: 'Watched' },
  { value: 'collection', label: 'Collection' },
]

type ToolbarProps = { view: ProgressView; onChange: (view: ProgressView) => void }

function Check({
  label,
  checked,
  disabled,
  onChange,
}: {
  label: string
  checked: boolean
  disabled?: boolean
  onChange: (checked: boolean) => void
}) {
  return (
    <label className={cn('flex items-center gap-2 text-sm', disabled && 'opacity-50')}>
      <input
        type="checkbox"
        className="size-4 accent-accent"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      {label}
    </label>
  )
}

/** Watched or collection progress, the sort, and the reference's progress options. */
export function ProgressToolbar({ view, onChange }: ToolbarProps) {
  const sortId = useId()
  const set = (options: Partial<ProgressOptions>) =>
    onChange({ ...view, options: { ...view.options, ...options } })
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3">
      <div
        role="group"
        aria-label="Progress of"
        className="inline-flex rounded-full border border-line p-0.5"
      >
        {MODES.map((mode) => (
          <button
            key={mode.value}
            type="button"
            aria-pressed={view.mode === mode.value}
            onClick={() => onChange({ ...view, mode: mode.value })}
            className="h-8 rounded-full px-3 text-sm font-medium text-muted hover:text-fg aria-pressed:bg-accent aria-pressed:text-accent-fg"
          >
            {mode.label}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={sortId} className="text-sm text-muted">
          Sort
        </label>
        <select
          id={sortId}
          value={view.sort}
          onChange={(event) => {
            const sort = SORTS.find((s) => s.value === event.target.value)
            if (sort) onChange({ ...view, sort: sort.value })
          }}
          className="h-9 rounded-full border border-line bg-surface px-3 text-sm"
        >
          {SORTS.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <details className="relative">
        <summary className="cursor-pointer rounded-full border border-line px-3 py-1.5 text-sm hover:bg-raised">
          Options
        </summary>
        <fieldset className="absolute end-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] space-y-2 rounded-card border border-line bg-surface p-4 shadow-lg">
          <legend className="sr-only">Progress options</legend>
          <Check
            label="Include specials"
            checked={view.options.specials}
            onChange={(specials) => set({ specials })}
          />
          <Check
            label="Count specials in the stats"
            checked={view.options.countSpecials}
            disabled={!view.options.specials}
            onChange={(countSpecials) => set({ countSpecials })}
          />
          <Check
            label="Include hidden seasons"
            checked={view.options.hiddenSeasons}
            onChange={(hiddenSeasons) => set({ hiddenSeasons })}
          />
          <Check
            label={`Next episode after the one ${view.mode === 'watched' ? 'watched' : 'collected'} last`}
            checked={view.options.lastActivity === 'activity'}
            onChange={(checked) => set({ lastActivity: checked ? 'activity' : 'aired' })}
          />
        </fieldset>
      </details>
    </div>
  )
}
