import { lazy, type ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { formatRuntime } from '@/lib/dates'
import { useDocumentTitle } from '@/lib/use-document-title'
import { movieQueries } from '../api/movie-queries'
import type { Movie } from '../api/map-to-movie'
import { capitalize, formatCalendarDate } from '@/lib/media/format'
import { countryName, languageName } from '@/lib/media/display-names'
import type { Studio } from '@/lib/media/map-studios'
import { TitleQueryFallback } from '@/components/title/page-states'
import { TitleMeta } from '@/components/title/title-meta'
import { TitleHero, type Fact } from '@/components/title/title-hero'
import { NearViewport } from '@/components/ui/near-viewport'

const MovieSections = lazy(async () => ({ default: (await import('./movie-sections')).MovieSections }))

export type MoviePageProps = {
  /** The user's actions for this movie (watchlist, rate, watched, collection, lists, check-in), composed by the route. */
  actions?: (movie: Movie) => ReactNode
  /** The comments feature's list, rendered inside the page's #comments section. */
  comments?: (movie: Movie) => ReactNode
}

/** /movies/:slug — everything Trakt knows about a movie. */
export function MoviePage({ actions, comments }: MoviePageProps) {
  const { slug = '' } = useParams()
  // The route's loader has already asked (and asks again on every visit): a failure it met is shown, not re-sent.
  const movie = useQuery(movieQueries.detail(slug))
  useDocumentTitle(movie.data?.title)

  if (!movie.isSuccess) return <TitleQueryFallback query={movie} noun="movie" />
  return (
    <MovieView
      slug={slug}
      movie={movie.data}
      actions={actions?.(movie.data)}
      comments={comments?.(movie.data)}
    />
  )
}

/** "During and after the credits" when Trakt knows of extra scenes. */
function creditScenes(movie: Movie): string | null {
  if (movie.hasDuringCredits && movie.hasAfterCredits) return 'During and after the credits'
  if (movie.hasDuringCredits) return 'During the credits'
  if (movie.hasAfterCredits) return 'After the credits'
  return null
}

function movieFacts(movie: Movie, studios: Studio[] | undefined): Fact[] {
  const facts: Fact[] = []
  if (movie.released)
    facts.push({
      label: 'Released',
      value: <time dateTime={movie.released}>{formatCalendarDate(movie.released)}</time>,
    })
  if (movie.runtime) facts.push({ label: 'Runtime', value: formatRuntime(movie.runtime) })
  if (movie.certification) facts.push({ label: 'Certification', value: movie.certification })
  if (movie.status) facts.push({ label: 'Status', value: capitalize(movie.status) })
  if (movie.originalTitle && movie.originalTitle !== movie.title)
    facts.push({ label: 'Original title', value: movie.originalTitle })
  if (movie.country) facts.push({ label: 'Country', value: countryName(movie.country) })
  if (movie.language) facts.push({ label: 'Language', value: languageName(movie.language) })
  if (studios && studios.length > 0)
    facts.push({
      label: studios.length === 1 ? 'Studio' : 'Studios',
      value: studios.map((studio) => studio.name).join(', '),
    })
  const scenes = creditScenes(movie)
  if (scenes) facts.push({ label: 'Extra scenes', value: scenes })
  return facts
}

function MovieView({
  slug,
  movie,
  actions,
  comments,
}: {
  slug: string
  movie: Movie
  actions?: ReactNode
  comments?: ReactNode
}) {
  const studios = useQuery(movieQueries.studios(slug))

  return (
    <article className="space-y-10 pb-12">
      <TitleHero
        title={movie.title}
        suffix={movie.year ?? undefined}
        tagline={movie.tagline}
        poster={movie.images.poster}
        fanart={movie.images.fanart}
        facts={movieFacts(movie, studios.data)}
        actions={actions}
        meta={
          <TitleMeta
            title={movie.title}
            ids={movie.ids}
            kind="movie"
            rating={movie.rating}
            votes={movie.votes}
            commentCount={movie.commentCount}
            genres={movie.genres}
            trailer={movie.trailer}
            homepage={movie.homepage}
          />
        }
      />

      {movie.overview ? (
        <section aria-label="Overview" className="max-w-prose break-words">
          <p className="leading-relaxed">{movie.overview}</p>
        </section>
      ) : null}

      <NearViewport label="the rest of the page">
        <MovieSections slug={slug} commentCount={movie.commentCount} comments={comments} />
      </NearViewport>
    </article>
  )
}
