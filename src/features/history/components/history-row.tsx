import { Link } from 'react-router'
import { Artwork } from '@/components/ui/artwork'
import { Button } from '@/components/ui/button'
import { formatDateTime, formatTime } from '@/lib/dates'
import type { HistoryPlay } from '../api/map-history'

const ACTIONS: Record<string, string> = {
  watch: 'Watched',
  checkin: 'Checked in',
  scrobble: 'Scrobbled',
}

/** "TRON: Legacy" or "Breaking Bad S01E02 Cat's in the Bag...": how a play is named in labels. */
export function playName(play: HistoryPlay): string {
  return play.show ? `${play.show.title} ${play.code} ${play.title}` : play.title
}

function Thumbnail({ play }: { play: HistoryPlay }) {
  const title = play.show?.title ?? play.title
  return (
    <div className="flex w-20 shrink-0 justify-center sm:w-24">
      {play.thumbnail.kind === 'poster' ? (
        // The frame takes the width of its box: the box sets the poster's size.
        <div className="w-12 sm:w-14">
          <Artwork
            images={play.thumbnail.urls}
            title={title}
            size="thumb"
            decorative
            ratio="aspect-poster"
            width={300}
            height={450}
          />
        </div>
      ) : (
        <Artwork
          images={play.thumbnail.urls}
          title={title}
          size="thumb"
          decorative
          ratio="aspect-video"
          width={400}
          height={225}
        />
      )}
    </div>
  )
}

type HistoryRowProps = { play: HistoryPlay; onRemove: ((play: HistoryPlay) => void) | undefined }

/** One play: thumbnail, title linking to its page, episode code, local time, how it was recorded, Remove. */
export function HistoryRow({ play, onRemove }: HistoryRowProps) {
  const time = formatTime(play.watchedAt)
  const title = play.code ? (
    <>
      <span className="text-muted">{play.code}</span> {play.title}
    </>
  ) : (
    play.title
  )
  return (
    <div className="flex items-center gap-3 py-2">
      <Thumbnail play={play} />
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
          <time dateTime={play.watchedAt}>{time}</time> · {ACTIONS[play.action] ?? play.action}
          {play.year !== null ? ` · ${play.year}` : ''}
        </p>
      </div>
      {onRemove ? (
        <Button
          variant="ghost"
          size="sm"
          aria-label={`Remove the play of ${playName(play)}, ${formatDateTime(play.watchedAt)}`}
          onClick={() => onRemove(play)}
          className="shrink-0"
        >
          Remove
        </Button>
      ) : null}
    </div>
  )
}
