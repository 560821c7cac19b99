import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { RowThumbnail } from '@/components/ui/row-thumbnail'
import { LinkButton } from '@/components/ui/link-button'
import { formatDateTime, formatRuntime } from '@/lib/dates'
import type { PlaybackEntry } from '../api/map-playback'

/** "Breaking Bad S01E02 Cat's in the Bag..." or "TRON: Legacy": how an entry is named in labels. */
export function entryName(entry: PlaybackEntry): string {
  return entry.show ? `${entry.show.title} ${entry.code} ${entry.title}` : entry.title
}

/** "45%" or "65.5%": Trakt keeps decimals, and so does the label. */
export function formatPercent(progress: number): string {
  return `${Math.round(progress * 10) / 10}%`
}

type PlaybackRowProps = {
  entry: PlaybackEntry
  onRemove: (entry: PlaybackEntry & { id: number }) => void
}

/** One paused title: thumbnail, title, how far in and when, Resume (its page's watch timer) and Remove. */
export function PlaybackRow({ entry, onRemove }: PlaybackRowProps) {
  const name = entryName(entry)
  const percent = formatPercent(entry.progress)
  const minutesLeft = entry.runtime ? Math.ceil(entry.runtime * (1 - entry.progress / 100)) : 0
  const id = entry.id
  return (
    <div className="flex items-start gap-3 py-3">
      <RowThumbnail thumbnail={entry.thumbnail} title={entry.show?.title ?? entry.title} />
      <div className="min-w-0 flex-1 space-y-1.5">
        <div>
          {entry.show ? (
            entry.show.href ? (
              <Link to={entry.show.href} className="block truncate text-sm text-muted hover:text-fg">
                {entry.show.title}
              </Link>
            ) : (
              <span className="block truncate text-sm text-muted">{entry.show.title}</span>
            )
          ) : null}
          <p className="truncate font-semibold">
            {entry.code ? <span className="text-muted">{entry.code} </span> : null}
            {entry.href ? (
              <Link to={entry.href} className="hover:underline">
                {entry.title}
              </Link>
            ) : (
              entry.title
            )}
            {entry.year !== null ? <span className="font-normal text-muted"> ({entry.year})</span> : null}
          </p>
        </div>
        <div
          role="progressbar"
          aria-label={`${name}: ${percent} watched`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={entry.progress}
          className="h-1.5 max-w-xs overflow-hidden rounded-full bg-raised"
        >
          <div className="h-full rounded-full bg-accent" style={{ width: `${entry.progress}%` }} />
        </div>
        <p className="text-sm text-muted">
          {percent} watched
          {minutesLeft > 0 ? ` · ${formatRuntime(minutesLeft)} left` : ''} · Paused{' '}
          <time dateTime={entry.pausedAt}>{formatDateTime(entry.pausedAt)}</time>
        </p>
        <div className="flex flex-wrap gap-2 pt-1">
          {entry.href ? (
            <LinkButton to={entry.href} size="sm" aria-label={`Resume ${name} from ${percent}`}>
              Resume
            </LinkButton>
          ) : null}
          {id !== null ? (
            <Button
              variant="ghost"
              size="sm"
              aria-label={`Remove ${name} from Continue watching`}
              onClick={() => onRemove({ ...entry, id })}
            >
              Remove
            </Button>
          ) : null}
        </div>
      </div>
    </div>
  )
}
