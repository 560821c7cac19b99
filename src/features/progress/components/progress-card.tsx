import { Link } from 'react-router'
import { Artwork } from '@/components/ui/artwork'
import { Button } from '@/components/ui/button'
import { formatDate, formatRuntime } from '@/lib/dates'
import { formatRelativeTime } from '@/lib/relative-time'
import type { ProgressCard as Card } from '../lib/progress-cards'
import type { ProgressMode } from '../lib/progress-options'
import { episodeCode } from '@/lib/media/episode-code'
import { episodeHref, showHref } from '../lib/title-links'

type ProgressCardProps = {
  card: Card
  mode: ProgressMode
  now: Date
  onMarkNext?: (card: Card) => void
  onHide?: (card: Card) => void
  onUnhide?: (card: Card) => void
}

function Bar({ card }: { card: Card }) {
  return (
    <div
      role="progressbar"
      aria-label={`${card.show.title}: ${card.completed} of ${card.aired} episodes`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={card.percent}
      className="h-2 overflow-hidden rounded-full bg-raised"
    >
      <div className="h-full rounded-full bg-accent" style={{ width: `${card.percent}%` }} />
    </div>
  )
}

/** The next episode: its code and title (linking to its page), air date and runtime. */
function NextEpisode({ card, now }: { card: Card; now: Date }) {
  const next = card.next
  if (!next) return null
  const aired = next.firstAired ? formatDate(next.firstAired) : ''
  const isFuture = next.firstAired ? Date.parse(next.firstAired) > now.getTime() : false
  return (
    <p className="truncate text-sm">
      <span className="text-muted">Next: </span>
      <Link to={episodeHref(card.show.ids, next.season, next.number)} className="font-medium hover:underline">
        {episodeCode(next.season, next.number)}
        {next.title ? ` ${next.title}` : ''}
      </Link>
      {aired || next.runtime ? (
        <span className="block truncate text-muted">
          {aired ? (
            <>
              {isFuture ? 'Airs' : 'Aired'} <time dateTime={next.firstAired ?? undefined}>{aired}</time>
            </>
          ) : null}
          {aired && next.runtime ? ' · ' : ''}
          {formatRuntime(next.runtime)}
        </span>
      ) : null}
    </p>
  )
}

function Remaining({ card }: { card: Card }) {
  if (card.remaining === 0) return <p className="text-sm text-muted">All aired episodes done</p>
  const time = card.remainingMinutes ? `, about ${formatRuntime(card.remainingMinutes)}` : ''
  return (
    <p className="text-sm text-muted">
      {card.remaining === 1 ? '1 episode left' : `${card.remaining} episodes left`}
      {time}
    </p>
  )
}

/**
 * One show's progress: poster, title, aired and completed counts with a bar, last watched, the next episode,
 * what is left, and the card's actions (mark the next episode watched, hide or unhide).
 */
export function ProgressCard({ card, mode, now, onMarkNext, onHide, onUnhide }: ProgressCardProps) {
  const { show } = card
  const verb = mode === 'watched' ? 'watched' : 'collected'
  // A hidden show never started has no progress to show, only Unhide.
  const hasProgress = card.progress !== null
  return (
    <article
      aria-label={show.title}
      className="flex h-full gap-3 overflow-hidden rounded-card border border-line bg-surface p-3 shadow-sm sm:gap-4"
    >
      <div className="w-16 shrink-0 sm:w-20">
        <Artwork
          images={show.poster}
          title={show.title}
          size="thumb"
          decorative
          ratio="aspect-poster"
          width={300}
          height={450}
        />
      </div>
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <div>
          <h2 className="truncate font-semibold">
            <Link to={showHref(show.ids)} className="hover:underline">
              {show.title}
            </Link>
          </h2>
          <p className="text-sm text-muted">
            {card.isWatchlisted
              ? `On your watchlist · ${card.aired === 1 ? '1 episode' : `${card.aired} episodes`} aired`
              : hasProgress
                ? `${card.completed} of ${card.aired} ${verb} · ${card.percent}%`
                : `Not ${verb} yet`}
            {card.isDropped ? ' · Dropped' : ''}
          </p>
        </div>
        {hasProgress ? <Bar card={card} /> : null}
        {card.lastAt ? (
          <p className="text-sm text-muted">
            Last {verb}{' '}
            <time dateTime={card.lastAt} title={formatDate(card.lastAt)}>
              {/* A play marked a moment ago is not "in 5 seconds" from when the page opened. */}
              {formatRelativeTime(Math.min(Date.parse(card.lastAt), now.getTime()), { now })}
            </time>
          </p>
        ) : null}
        <NextEpisode card={card} now={now} />
        {hasProgress || card.isWatchlisted ? <Remaining card={card} /> : null}
        <div className="mt-auto flex flex-wrap gap-2">
          {onMarkNext && card.next ? (
            <Button
              size="sm"
              onClick={() => onMarkNext(card)}
              aria-label={`Mark ${show.title} ${episodeCode(card.next.season, card.next.number)} watched`}
            >
              Mark {episodeCode(card.next.season, card.next.number)} watched
            </Button>
          ) : null}
          {onHide ? (
            <Button size="sm" variant="ghost" onClick={() => onHide(card)} aria-label={`Hide ${show.title}`}>
              Hide
            </Button>
          ) : null}
          {onUnhide ? (
            <Button
              size="sm"
              variant="secondary"
              onClick={() => onUnhide(card)}
              aria-label={`${card.isDropped ? 'Undrop' : 'Unhide'} ${show.title}`}
            >
              {card.isDropped ? 'Undrop' : 'Unhide'}
            </Button>
          ) : null}
        </div>
      </div>
    </article>
  )
}
