import { useId, useState } from 'react'
import { Button } from '@/components/ui/button'
import { pulse, Skeleton } from '@/components/ui/skeleton'
import { cn } from '@/lib/cn'
import { errorMessage } from '@/lib/trakt/errors'
import type { ReferenceOption } from '@/lib/media/reference-queries'

type OptionCheckboxesProps = {
  legend: string
  options: ReferenceOption[] | undefined
  selected: string[]
  onChange: (selected: string[]) => void
  isPending?: boolean
  error?: unknown
  onRetry?: () => void
}

/** Past this many options a filter box appears and only the first matches are drawn (networks number >1,000). */
const SEARCHABLE_FROM = 15
const MAX_SHOWN = 60

/** A checkbox group for a multi-value filter, with loading and error states for reference data. */
export function OptionCheckboxes({
  legend,
  options,
  selected,
  onChange,
  isPending,
  error,
  onRetry,
}: OptionCheckboxesProps) {
  const [needle, setNeedle] = useState('')
  const filterId = useId()
  if (isPending) {
    return (
      <div role="status" aria-label={`Loading ${legend.toLowerCase()}`} className={cn('space-y-2', pulse)}>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-5 w-3/4" />
        ))}
      </div>
    )
  }
  if (error || !options) {
    return (
      <div role="alert" className="space-y-2 text-sm">
        <p className="text-danger">{errorMessage(error)}</p>
        {onRetry ? (
          <Button size="sm" variant="secondary" onClick={onRetry}>
            Retry
          </Button>
        ) : null}
      </div>
    )
  }
  const isSearchable = options.length > SEARCHABLE_FROM
  const lowered = needle.trim().toLowerCase()
  const chosen = new Set(selected)
  const matches = options.filter(
    (o) =>
      chosen.has(o.value) ||
      !lowered ||
      o.label.toLowerCase().includes(lowered) ||
      o.value.toLowerCase() === lowered,
  )
  // In long lists the chosen options come first, so a chosen one is never cut off.
  const ordered = isSearchable
    ? [...matches.filter((o) => chosen.has(o.value)), ...matches.filter((o) => !chosen.has(o.value))]
    : matches
  const shown = ordered.slice(0, Math.max(MAX_SHOWN, selected.length))
  const toggle = (value: string, isChecked: boolean) =>
    onChange(isChecked ? [...new Set([...selected, value])] : selected.filter((v) => v !== value))

  return (
    <fieldset className="space-y-2">
      <legend className="sr-only">{legend}</legend>
      {isSearchable ? (
        <div>
          <label htmlFor={filterId} className="sr-only">
            Find {legend.toLowerCase()}
          </label>
          <input
            id={filterId}
            type="search"
            value={needle}
            onChange={(e) => setNeedle(e.target.value)}
            placeholder={`Find ${legend.toLowerCase()}…`}
            className="h-9 w-full rounded-md border border-line bg-surface px-3 text-sm"
          />
        </div>
      ) : null}
      <ul className="max-h-60 space-y-1 overflow-y-auto pe-1">
        {shown.map((option) => (
          <li key={option.value}>
            <label
              className="flex cursor-pointer items-center gap-2 rounded-md px-1 py-0.5 text-sm hover:bg-raised"
              title={option.description}
            >
              <input
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(e) => toggle(option.value, e.target.checked)}
                className="size-4 accent-accent"
              />
              {option.label}
            </label>
          </li>
        ))}
      </ul>
      {matches.length > shown.length ? (
        <p className="text-xs text-muted">{matches.length - shown.length} more: type to narrow the list.</p>
      ) : null}
      {shown.length === 0 ? <p className="text-xs text-muted">No match.</p> : null}
    </fieldset>
  )
}
