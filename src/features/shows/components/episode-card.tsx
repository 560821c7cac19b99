import { Link } from 'react-router'
import { formatDateTime } from '@/lib/dates'
import type { Episode } from '../api/map-to-show'
import { episodeCode, episodePath } from './links'

/** A single episode teaser (next or last episode) linking to its page. */
export function EpisodeCard({ slug, episode, timeZone }: { slug: string; episode: Episode; timeZone?: string }) {
  const code = episodeCode(episode.season, episode.number)
  const name = episode.title ? `${code} ${episode.title}` : code
  return (
    <div className="rounded-card border border-line bg-surface p-4 text-sm">
      <Link to={episodePath(slug, episode.season, episode.number)} className="font-medium hover:underline">
        {name}
      </Link>
      {episode.firstAired ? (
        <p className="text-muted">
          <time dateTime={episode.firstAired}>{formatDateTime(episode.firstAired, { timeZone })}</time>
        </p>
      ) : (
        <p className="text-muted">Air date not announced</p>
      )}
      {episode.overview ? <p className="mt-1 line-clamp-3">{episode.overview}</p> : null}
    </div>
  )
}
