import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { RowThumbnail } from '@/components/ui/row-thumbnail'
import { formatDateTime, formatTime } from '@/lib/dates'
import { formatRelativeTime } from '@/lib/relative-time'
import type { HistoryPlay } from '../api/map-history'
import { itemFilterOf, writeFilters } from '../lib/history-filters'

const ACTIONS: Record<string, string> = {
  watch: 'Watched',
  checkin: 'Checked in',
  scrobble: 'Scrobbled',
}

/** "TRON: Legacy" or "Breaking Bad S01E02 Cat's in the Bag...": how a play is named in labels. */
export function playName(play: HistoryPlay): string {
  return play.show ? `${play.show.title} ${play.code} ${play.title}` : play.title
}

/** What the reader can do to a play of their own history. */
export type PlayActions = {
  onRemove: (play: HistoryPlay) => void
  onAddPlay: (play: HistoryPlay) => void
}

type HistoryRowProps = {
  play: HistoryPlay
  actions: PlayActions | undefined
  /** Offer "All plays" (this movie's or this show's plays only); left out when the list is one item's already. */
  linkItemPlays: boolean
  /** "time" under a day heading (the history); "relative" ("3 hours ago") in a list without them. */
  when?: 'time' | 'relative'
}

/** "All plays": the same history, narrowed to this movie's or this episode's show's plays. */
function ItemPlaysLink({ play }: { play: HistoryPlay }) {
  const filter = itemFilterOf(play)
  if (!filter) return null
  return (
    <>
      {' · '}
      <Link
        to={{ search: `?${writeFilters(new URLSearchParams(), filter).toString()}` }}
        aria-label={`All plays of ${play.show?.title ?? play.title}`}
        className="underline-offset-2 hover:text-fg hover:underline"
      >
        All plays
      </Link>
    </>
  )
}

/**
 * One play: thumbnail, title linking to its page, episode code, local time, how it was recorded, a link to all
 * plays of the same title, and in the reader's own history "Add a play" (watched again) and Remove.
 */
export function HistoryRow({ play, actions, linkItemPlays, when = 'time' }: HistoryRowProps) {
  const time = when === 'time' ? formatTime(play.watchedAt) : formatRelativeTime(play.watchedAt)
  const title = play.code ? (
    <>
      <span className="text-muted">{play.code}</span> {play.title}
    </>
  ) : (
    play.title
  )
  return (
    <div className="flex items-center gap-3 py-2" data-play-id={play.id}>
      <RowThumbnail thumbnail={play.thumbnail} title={play.show?.title ?? play.title} />
      <div className="min-w-0 flex-1">
        {play.show ? (
          play.show.href ? (
            <Link to={play.show.href} className="block truncate text-sm text-muted hover:text-fg">
              {play.show.title}
            </Link>
          ) : (
            <span className="block truncate text-sm text-muted">{play.show.title}</span>
          )
        ) : null}
        {play.href ? (
          <Link to={play.href} className="block truncate font-semibold hover:underline">
            {title}
          </Link>
        ) : (
          <span className="block truncate font-semibold">{title}</span>
        )}
        <p className="text-sm text-muted">
          <time dateTime={play.watchedAt} title={formatDateTime(play.watchedAt)}>
            {time}
          </time>{' '}
          · {ACTIONS[play.action] ?? play.action}
          {play.year !== null ? ` · ${play.year}` : ''}
          {linkItemPlays ? <ItemPlaysLink play={play} /> : null}
        </p>
      </div>
      {actions ? (
        <div className="flex shrink-0 flex-col items-end gap-1 sm:flex-row sm:items-center">
          {play.traktId !== null ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Add a play of ${play.show ? `${play.show.title} ${play.code}` : play.title}`}
              onClick={() => actions.onAddPlay(play)}
            >
              Add a play
            </Button>
          ) : null}
          <Button
            variant="ghost"
            size="sm"
            data-remove-play
            aria-label={`Remove the play of ${playName(play)}, ${formatDateTime(play.watchedAt)}`}
            onClick={() => actions.onRemove(play)}
          >
            Remove
          </Button>
        </div>
      ) : null}
    </div>
  )
}
