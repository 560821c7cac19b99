import { Button } from '@/components/ui/button'
import { ChevronDownIcon } from '@/components/ui/icons'
import { cn } from '@/lib/cn'
import type { CalendarTarget, CalendarView } from '../lib/calendar-params'

type Choice<T extends string> = { value: T; label: string }

/** A row of buttons of which one is on (`aria-pressed`), e.g. the view. */
function ChoiceGroup<T extends string>({
  label,
  choices,
  value,
  onChange,
}: {
  label: string
  choices: Choice<T>[]
  value: T
  onChange: (value: T) => void
}) {
  return (
    <div
      role="group"
      aria-label={label}
      className="inline-flex rounded-full border border-line bg-surface p-0.5"
    >
      {choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          aria-pressed={choice.value === value}
          onClick={() => onChange(choice.value)}
          className="h-8 rounded-full px-3 text-sm font-medium text-muted hover:text-fg aria-pressed:bg-accent aria-pressed:text-accent-fg"
        >
          {choice.label}
        </button>
      ))}
    </div>
  )
}

const TARGETS: Choice<CalendarTarget>[] = [
  { value: 'my', label: 'My shows' },
  { value: 'all', label: 'All shows' },
]
const VIEW_CHOICES: Choice<CalendarView>[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'agenda', label: 'Agenda' },
]

type CalendarToolbarProps = {
  view: CalendarView
  target: CalendarTarget
  rangeLabel: string
  onView: (view: CalendarView) => void
  onTarget: (target: CalendarTarget) => void
  onStep: (step: -1 | 1) => void
  onToday: () => void
}

/** Which calendar, which view, and the way back and forth through it, with the range shown as a heading. */
export function CalendarToolbar({
  view,
  target,
  rangeLabel,
  onView,
  onTarget,
  onStep,
  onToday,
}: CalendarToolbarProps) {
  const unit = view === 'month' ? 'month' : 'week'
  const arrow = (step: -1 | 1) => (
    <Button
      variant="secondary"
      size="icon"
      aria-label={step < 0 ? `Previous ${unit}` : `Next ${unit}`}
      onClick={() => onStep(step)}
    >
      <ChevronDownIcon
        className={cn('size-5', step < 0 ? 'rotate-90 rtl:-rotate-90' : '-rotate-90 rtl:rotate-90')}
      />
    </Button>
  )
  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <ChoiceGroup label="Calendar" choices={TARGETS} value={target} onChange={onTarget} />
        <ChoiceGroup label="View" choices={VIEW_CHOICES} value={view} onChange={onView} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {arrow(-1)}
        <Button variant="secondary" size="sm" onClick={onToday}>
          Today
        </Button>
        {arrow(1)}
        <h2 aria-live="polite" className="ms-1 text-lg font-semibold">
          {rangeLabel}
        </h2>
      </div>
    </div>
  )
}
