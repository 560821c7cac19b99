import { todayIn, type CalendarDate } from './calendar-date'
import type { CalendarParams, CalendarTarget, CalendarView } from './calendar-params'
import { firstDayOfWeek } from './week-start'
import { visibleRange, type DayRange } from './visible-range'

/** The calendar as shown: the address with the page's own choices filled in. */
export type CalendarState = CalendarParams & {
  view: CalendarView
  target: CalendarTarget
  range: DayRange
  today: CalendarDate
  firstDay: number
}

export type CalendarEnvironment = {
  isSignedIn: boolean
  /** Wide screens open on the week, phones on the agenda. */
  isWide: boolean
  timeZone?: string
  locale?: string
  now?: Date
}

/** Fills in what the address leaves out: "my" calendar when signed in, the view by width, today's range. */
export function resolveCalendar(params: CalendarParams, env: CalendarEnvironment): CalendarState {
  const today = todayIn(env.timeZone, env.now)
  const firstDay = firstDayOfWeek(env.locale)
  const view = params.view ?? (env.isWide ? 'week' : 'agenda')
  return {
    ...params,
    view,
    target: params.target ?? (env.isSignedIn ? 'my' : 'all'),
    range: visibleRange(view, params.start ?? today, firstDay),
    today,
    firstDay,
  }
}

/** The media query behind "wide" (Tailwind's `md`). */
export const WIDE_QUERY = '(min-width: 48rem)'

/** Whether the window is wide now (false where there is no `matchMedia`: the agenda reads well anywhere). */
export function isWideNow(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(WIDE_QUERY).matches
    : false
}
