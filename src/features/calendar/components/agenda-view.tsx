import { useCallback, useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'
import { useCalendarDays } from '../api/use-calendar-days'
import { addDays } from '../lib/calendar-date'
import { formatRange } from '../lib/format-day'
import { CalendarError, CalendarSkeleton } from './calendar-states'
import { DayList } from './day-list'
import type { RangeViewProps } from './week-view'

// Scrolling loads weeks on its own up to here; the button goes on from there (an empty calendar would otherwise
// keep its sentinel in view and walk through a year of requests).
const AUTO_WEEKS = 12

type AgendaWeekProps = Omit<RangeViewProps, 'onNext'> & { index: number; onSettled: (index: number) => void }

/** One week of the agenda: the days that have something, or a line saying the week is quiet. */
function AgendaWeek({ source, range, today, display, index, onSettled }: AgendaWeekProps) {
  const result = useCalendarDays(source, range, display.timeZone)
  const isSettled = result.days !== null || result.error !== null
  useEffect(() => {
    if (isSettled) onSettled(index)
  }, [isSettled, index, onSettled])
  if (result.error)
    return <CalendarError error={result.error} onRetry={result.retry} isRetrying={result.isFetching} />
  if (!result.days) return <CalendarSkeleton days={2} className="md:grid-cols-1" />
  const busy = [...result.days].filter(([, items]) => items.length > 0)
  if (busy.length === 0)
    return (
      <p className="rounded-card border border-dashed border-line px-3 py-4 text-sm text-muted">
        Nothing airing {formatRange('week', range)}
      </p>
    )
  return (
    <ol className="space-y-5">
      {busy.map(([date, items]) => (
        <li key={date}>
          <DayList date={date} items={items} display={display} isToday={date === today} />
        </li>
      ))}
    </ol>
  )
}

/** Week after week from the first one, loading the next as the end of the list comes near. */
export function AgendaView({ source, range, today, display }: RangeViewProps) {
  const [weeks, setWeeks] = useState(1)
  const [settled, setSettled] = useState(0)
  const sentinel = useRef<HTMLDivElement>(null)
  const markSettled = useCallback((index: number) => setSettled((n) => Math.max(n, index + 1)), [])
  const canAutoLoad = settled >= weeks && weeks < AUTO_WEEKS

  useEffect(() => {
    const element = sentinel.current
    if (!element || !canAutoLoad || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setWeeks((n) => n + 1)
      },
      { rootMargin: '400px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [canAutoLoad])

  return (
    <div className="space-y-6">
      <ol aria-label="Agenda" className="space-y-6">
        {Array.from({ length: weeks }, (_, i) => {
          const first = addDays(range.first, 7 * i)
          return (
            <li key={first}>
              <AgendaWeek
                source={source}
                range={{ first, last: addDays(first, 6) }}
                today={today}
                display={display}
                index={i}
                onSettled={markSettled}
              />
            </li>
          )
        })}
      </ol>
      <div ref={sentinel} className="flex justify-center">
        <Button variant="secondary" onClick={() => setWeeks((n) => n + 1)} isLoading={settled < weeks}>
          Load the next week
        </Button>
      </div>
    </div>
  )
}
