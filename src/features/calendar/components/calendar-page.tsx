import { useId, useState } from 'react'
import { useSearchParams } from 'react-router'
import { Button } from '@/components/ui/button'
import { PageHeader } from '@/components/ui/page-header'
import { SignInPrompt } from '@/components/ui/sign-in-prompt'
import { useSession } from '@/lib/auth/session'
import {
  readCalendarParams,
  writeCalendarParams,
  countFilters,
  type CalendarParams,
} from '../lib/calendar-params'
import { resolveCalendar } from '../lib/calendar-state'
import { formatLongDate, formatRange } from '../lib/format-day'
import { useIsWide } from '../lib/use-is-wide'
import { stepRange } from '../lib/visible-range'
import { AgendaView } from './agenda-view'
import type { IsSpoiler } from './calendar-entry'
import { CalendarFiltersForm, type CalendarChoice } from './calendar-filters'
import { CalendarToolbar } from './calendar-toolbar'
import { MonthView } from './month-view'
import { WeekView } from './week-view'

type CalendarPageProps = {
  /** The user's zone (the browser's when left out): items go on its local days and show its times. */
  timeZone?: string
  /** From the spoiler shield (the route composes it); nothing is hidden when left out. */
  isSpoiler?: IsSpoiler
}

const nothingHidden: IsSpoiler = () => false

/** `/calendar`: what airs and is released, in the user's own days and times. */
export function CalendarPage({ timeZone, isSpoiler = nothingHidden }: CalendarPageProps) {
  const [searchParams, setSearchParams] = useSearchParams()
  const session = useSession()
  const isWide = useIsWide()
  const params = readCalendarParams(searchParams)
  const state = resolveCalendar(params, { isSignedIn: session.status === 'signed-in', isWide, timeZone })
  const [isFiltersOpen, setIsFiltersOpen] = useState(false)
  const filtersId = useId()

  const update = (change: Partial<CalendarParams>) =>
    setSearchParams(writeCalendarParams({ ...params, ...change }, searchParams))
  const onNext = () => update({ start: stepRange(state.view, state.range.first, 1) })
  const applyChoice = (choice: CalendarChoice) => {
    update(choice)
    setIsFiltersOpen(false)
  }

  const filterCount = countFilters(params.filters)
  const rangeLabel =
    state.view === 'agenda'
      ? `From ${formatLongDate(state.range.first)}`
      : formatRange(state.view, state.range)
  const isSignedOut = state.target === 'my' && session.status !== 'signed-in'
  const display = { timeZone, isSpoiler }
  const viewProps = { source: state, range: state.range, today: state.today, display, onNext }

  return (
    <>
      <PageHeader
        title="Calendar"
        description="Episodes and movies coming up, in your own time zone."
        actions={
          <Button
            variant="secondary"
            aria-expanded={isFiltersOpen}
            aria-controls={filtersId}
            onClick={() => setIsFiltersOpen((open) => !open)}
          >
            {filterCount > 0 ? `Filters (${filterCount})` : 'Filters'}
          </Button>
        }
      />
      <div id={filtersId} hidden={!isFiltersOpen} className="mb-4">
        {isFiltersOpen ? <CalendarFiltersForm choice={params} onApply={applyChoice} /> : null}
      </div>
      <CalendarToolbar
        view={state.view}
        target={state.target}
        rangeLabel={rangeLabel}
        onView={(view) => update({ view })}
        onTarget={(target) => update({ target })}
        onStep={(step) => update({ start: stepRange(state.view, state.range.first, step) })}
        onToday={() => update({ start: null })}
      />
      {isSignedOut ? (
        <SignInPrompt
          what="your calendar"
          description="Your calendar shows the shows you watch, collect or keep on your watchlist. The All shows calendar needs no account."
        />
      ) : state.view === 'month' ? (
        <MonthView key={state.range.first} {...viewProps} firstDay={state.firstDay} />
      ) : state.view === 'agenda' ? (
        <AgendaView key={`${state.range.first}-${searchParams.toString()}`} {...viewProps} />
      ) : (
        <WeekView {...viewProps} />
      )}
    </>
  )
}
