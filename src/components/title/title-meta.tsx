import { Chip } from '@/components/ui/chip'
import { Rating } from '@/components/ui/rating'
import { capitalize } from '@/lib/media/format'
import type { Ids } from '@/lib/media/read'
import { CommentsLink } from './comments-entry'
import { ExternalLinks } from './external-links'

type TitleMetaProps = {
  title: string
  ids: Ids
  /** TMDB's section for the title: "movie" or "tv". */
  kind: 'movie' | 'tv'
  rating: number | null
  votes: number | null
  commentCount: number | null
  genres: string[]
  trailer: string | null
  homepage: string | null
}

/** Under a movie's or show's title: community rating, comments link, genres and links out. */
export function TitleMeta({
  title,
  ids,
  kind,
  rating,
  votes,
  commentCount,
  genres,
  trailer,
  homepage,
}: TitleMetaProps) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <Rating value={rating} votes={votes} />
        <CommentsLink count={commentCount} />
      </div>
      {genres.length > 0 ? (
        <ul aria-label="Genres" className="flex flex-wrap gap-2">
          {genres.map((genre) => (
            <li key={genre}>
              <Chip>{capitalize(genre.replace(/-/g, ' '))}</Chip>
            </li>
          ))}
        </ul>
      ) : null}
      <ExternalLinks ids={ids} kind={kind} trailer={trailer} homepage={homepage} title={title} />
    </div>
  )
}
