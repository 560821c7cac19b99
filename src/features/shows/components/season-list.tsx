import { Link } from 'react-router'
import { Poster } from '@/components/ui/poster'
import { imageAt } from '@/lib/media/images'
import { seasonTitle, type Season } from '../api/map-to-show'
import { seasonPath } from './links'

function episodesText(season: Season): string {
  const total = season.episodeCount ?? season.episodes.length
  const aired = season.airedEpisodes
  const base = `${total} episode${total === 1 ? '' : 's'}`
  return aired !== null && aired < total ? `${base} (${aired} aired)` : base
}

/** The show's seasons as poster cards linking to each season page. */
export function SeasonList({ slug, seasons }: { slug: string; seasons: Season[] }) {
  return (
    <ul aria-label="Seasons" className="grid grid-cols-3 gap-3 sm:grid-cols-4 md:grid-cols-6">
      {seasons.map((season) => {
        const title = seasonTitle(season)
        const poster = imageAt(season.poster, 'thumb')
        return (
          <li key={season.ids.trakt ?? season.number} className="min-w-0 text-sm">
            <Link
              to={seasonPath(slug, season.number)}
              className="block hover:opacity-90"
              aria-label={`${title}, ${episodesText(season)}`}
            >
              <Poster images={poster ? [poster] : null} title={title} decorative size="thumb" />
              <span className="mt-1 block font-medium">{title}</span>
              <span className="block text-muted">{episodesText(season)}</span>
            </Link>
          </li>
        )
      })}
    </ul>
  )
}
