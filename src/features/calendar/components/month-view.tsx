import { useRef, useState, type KeyboardEvent } from 'react'
import { cn } from '@/lib/cn'
import { pulse } from '@/components/ui/skeleton'
import type { CalendarItem } from '../api/map-calendar-item'
import { useCalendarDays } from '../api/use-calendar-days'
import { addDays, dayOfWeek, type CalendarDate } from '../lib/calendar-date'
import { formatDayNumber, formatLongDate, formatRange, weekdayNames } from '../lib/format-day'
import { monthGrid } from '../lib/month-grid'
import { CalendarEmpty, CalendarError } from './calendar-states'
import { DayList } from './day-list'
import type { RangeViewProps } from './week-view'

const titleOf = (item: CalendarItem) => (item.kind === 'movie' ? item.movie.title : item.show.title)
const countLabel = (n: number) => (n === 1 ? '1 item' : `${n} items`)

type DayCellProps = {
  date: CalendarDate
  items: CalendarItem[] | undefined
  isToday: boolean
  isSelected: boolean
  onSelect: () => void
}

/** Days moved by each key in the grid (Home and End: the start and end of the week, counted from `firstDay`). */
function keyStep(key: string, date: CalendarDate, firstDay: number): number | null {
  const weekday = (dayOfWeek(date) - firstDay + 7) % 7
  const steps: Record<string, number> = {
    ArrowLeft: -1,
    ArrowRight: 1,
    ArrowUp: -7,
    ArrowDown: 7,
    Home: -weekday,
    End: 6 - weekday,
  }
  return steps[key] ?? null
}

/** A day of the month: its number and, once loaded, dots on a phone or the first titles on a wide screen. */
function DayCell({ date, items, isToday, isSelected, onSelect }: DayCellProps) {
  const count = items?.length ?? 0
  return (
    <button
      type="button"
      aria-pressed={isSelected}
      // One stop for Tab: the chosen day; the arrow keys move between days (the grid's onKeyDown).
      tabIndex={isSelected ? 0 : -1}
      data-date={date}
      onClick={onSelect}
      className="flex h-14 w-full flex-col items-start gap-0.5 overflow-hidden rounded-md p-1 text-start hover:bg-raised aria-pressed:bg-raised aria-pressed:ring-2 aria-pressed:ring-accent sm:h-28"
    >
      <time
        dateTime={date}
        className={cn(
          'rounded-full px-1.5 text-sm tabular-nums',
          isToday && 'bg-accent font-semibold text-accent-fg',
        )}
      >
        <span aria-hidden="true">{formatDayNumber(date)}</span>
        <span className="sr-only">{formatLongDate(date)}</span>
      </time>
      {count > 0 ? (
        <>
          <span aria-hidden="true" className="flex items-center gap-0.5 px-1 sm:hidden">
            {Array.from({ length: Math.min(count, 3) }, (_, i) => (
              <span key={i} className="size-1.5 rounded-full bg-accent" />
            ))}
            <span className="ms-0.5 text-xs text-muted tabular-nums">{count}</span>
          </span>
          <span aria-hidden="true" className="hidden w-full min-w-0 sm:block">
            {items!.slice(0, 3).map((item) => (
              <span key={item.key} className="block truncate px-1 text-xs">
                {titleOf(item)}
              </span>
            ))}
            {count > 3 ? <span className="block px-1 text-xs text-muted">+{count - 3} more</span> : null}
          </span>
          <span className="sr-only">{countLabel(count)}</span>
        </>
      ) : null}
    </button>
  )
}

/**
 * The month as a table of weeks; a day's button opens its list below (on a phone the cells only show how much
 * there is). Days of the months around are blank.
 */
export function MonthView({
  source,
  range,
  today,
  display,
  onNext,
  firstDay,
}: RangeViewProps & { firstDay: number }) {
  const result = useCalendarDays(source, range, display.timeZone)
  const [selected, setSelected] = useState<CalendarDate | null>(null)
  const isInMonth = (date: CalendarDate | null) => date !== null && date >= range.first && date <= range.last
  const chosen = isInMonth(selected) ? selected! : isInMonth(today) ? today : range.first
  const tableRef = useRef<HTMLTableElement>(null)
  const onGridKey = (event: KeyboardEvent) => {
    const step = keyStep(event.key, chosen, firstDay)
    if (step === null) return
    event.preventDefault()
    let next = addDays(chosen, step)
    // Home and End stop at the month's edges; an arrow past them does nothing.
    if (event.key === 'Home' && next < range.first) next = range.first
    if (event.key === 'End' && next > range.last) next = range.last
    if (!isInMonth(next)) return
    setSelected(next)
    tableRef.current?.querySelector<HTMLElement>(`button[data-date="${next}"]`)?.focus()
  }
  if (result.error)
    return <CalendarError error={result.error} onRetry={result.retry} isRetrying={result.isFetching} />
  const isEmpty = result.days !== null && [...result.days.values()].every((items) => items.length === 0)
  const names = weekdayNames(firstDay)
  return (
    <div className="space-y-6">
      {result.days ? null : (
        <p role="status" className="sr-only">
          Loading the calendar…
        </p>
      )}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- the arrow keys bubble up from the day buttons; the table only listens. */}
      <table ref={tableRef} onKeyDown={onGridKey} className="w-full table-fixed border-collapse">
        <caption className="sr-only">{formatRange('month', range)}</caption>
        <thead>
          <tr>
            {names.map((name) => (
              <th key={name.long} scope="col" className="pb-1 text-xs font-medium text-muted">
                <abbr title={name.long} className="no-underline">
                  {name.short}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={cn(!result.days && pulse)}>
          {monthGrid(range.first, firstDay).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((date, i) => (
                <td key={date ?? `blank-${i}`} className="border border-line p-0.5 align-top">
                  {date ? (
                    <DayCell
                      date={date}
                      items={result.days?.get(date)}
                      isToday={date === today}
                      isSelected={date === chosen}
                      onSelect={() => setSelected(date)}
                    />
                  ) : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {isEmpty ? (
        <CalendarEmpty title="Nothing airing this month" nextLabel="Next month" onNext={onNext} />
      ) : result.days ? (
        <DayList
          date={chosen}
          items={result.days.get(chosen) ?? []}
          display={display}
          isToday={chosen === today}
          heading="long"
        />
      ) : null}
    </div>
  )
}
