import { Link } from 'react-router'
import { cn } from '@/lib/cn'
import { formatTime } from '@/lib/dates'
import type { CalendarItem } from '../api/map-calendar-item'
import { episodeCode } from '@/lib/media/episode-code'
import { entryBadge, entryHref } from '../lib/entry-href'

/** Whether an episode's title could spoil it for the user (the route composes it from the spoiler shield). */
export type IsSpoiler = (showTraktId: number | null, season: number, episode: number) => boolean

/** How entries are shown: the user's zone for times, and the spoiler shield. */
export type EntryDisplay = { timeZone?: string; isSpoiler: IsSpoiler }

type CalendarEntryProps = {
  item: CalendarItem
  display: EntryDisplay
  /** "row": the time beside the titles; "stack": above them in the narrow columns of a wide week. */
  layout?: 'row' | 'stack'
}

function EntryText({ item, display }: Omit<CalendarEntryProps, 'layout'>) {
  const badge = entryBadge(item)
  const badgeLine = badge ? (
    <span className="col-start-2 block text-xs font-medium text-accent">{badge}</span>
  ) : null
  if (item.kind === 'movie')
    return (
      <>
        <span className="col-start-2 block font-semibold">{item.movie.title}</span>
        {badgeLine}
      </>
    )
  const code = episodeCode(item.season, item.number)
  // An unwatched episode's title stays out under the spoiler shield: the code says which one it is.
  const isHidden = display.isSpoiler(item.show.traktId, item.season, item.number)
  return (
    <>
      <time dateTime={item.airsAt} className="row-span-3 block pt-0.5 text-xs text-muted tabular-nums">
        {formatTime(item.airsAt, { timeZone: display.timeZone })}
      </time>
      <span className="block font-semibold">{item.show.title}</span>
      <span className="block text-muted">
        {code}
        {!isHidden && item.title ? ` · ${item.title}` : null}
      </span>
      {badgeLine}
    </>
  )
}

/** One airing or release, linking to its episode or movie page. */
export function CalendarEntry({ item, display, layout = 'stack' }: CalendarEntryProps) {
  const href = entryHref(item)
  const classes = cn(
    'rounded-md px-2 py-1.5 text-sm break-words',
    'grid grid-cols-[3.5rem_minmax(0,1fr)] gap-x-2',
    layout === 'stack' && 'lg:block',
  )
  return (
    <li data-kind={item.kind === 'movie' ? item.release : 'episode'}>
      {href ? (
        <Link to={href} className={cn(classes, 'hover:bg-raised')}>
          <EntryText item={item} display={display} />
        </Link>
      ) : (
        <div className={classes}>
          <EntryText item={item} display={display} />
        </div>
      )}
    </li>
  )
}
