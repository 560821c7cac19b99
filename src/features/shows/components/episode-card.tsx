import { Link } from 'react-router'
import { formatDateTime } from '@/lib/dates'
import { SpoilerGuard } from '@/lib/spoiler-guard'
import type { Episode } from '../api/map-to-show'
import { episodeCode } from '@/lib/media/episode-code'
import { episodePath } from './links'

type EpisodeCardProps = {
  slug: string
  episode: Episode
  timeZone?: string
  /** Keeps the title and overview blurred until revealed (the user has not watched it). */
  isSpoiler?: boolean
}

/** A single episode teaser (next or last episode) linking to its page. */
export function EpisodeCard({ slug, episode, timeZone, isSpoiler = false }: EpisodeCardProps) {
  const code = episodeCode(episode.season, episode.number)
  const hasDetails = Boolean(episode.title || episode.overview)
  return (
    <div className="space-y-1 rounded-card border border-line bg-surface p-4 text-sm">
      <Link to={episodePath(slug, episode.season, episode.number)} className="font-medium hover:underline">
        {isSpoiler || !episode.title ? code : `${code} ${episode.title}`}
      </Link>
      {episode.firstAired ? (
        <p className="text-muted">
          <time dateTime={episode.firstAired}>{formatDateTime(episode.firstAired, { timeZone })}</time>
        </p>
      ) : (
        <p className="text-muted">Air date not announced</p>
      )}
      {hasDetails ? (
        <SpoilerGuard hidden={isSpoiler} label={`Title and overview of ${code}`}>
          {isSpoiler && episode.title ? <p className="font-medium">{episode.title}</p> : null}
          {episode.overview ? <p className="line-clamp-3">{episode.overview}</p> : null}
        </SpoilerGuard>
      ) : null}
    </div>
  )
}
