import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { userCountry, userLanguage } from '@/lib/media/locale'
import {
  AliasesAndTranslations,
  CastAndCrew,
  ListsAndWatching,
  RatingsAndStats,
} from '@/components/title/common-sections'
import { CommentsSection } from '@/components/title/comments-entry'
import { MediaRail } from '@/components/title/media-rail'
import { QuerySection } from '@/components/title/section'
import { movieQueries } from '../api/movie-queries'
import { ReleasesTable } from './releases-table'

type MovieSectionsProps = { slug: string; commentCount: number | null; comments?: ReactNode }

/** Everything below a movie's overview, each section with its own request: a chunk that loads near the viewport. */
export function MovieSections({ slug, commentCount, comments }: MovieSectionsProps) {
  const people = useQuery(movieQueries.people(slug))
  const ratings = useQuery(movieQueries.ratings(slug))
  const stats = useQuery(movieQueries.stats(slug))
  const related = useQuery(movieQueries.related(slug))
  const aliases = useQuery(movieQueries.aliases(slug))
  const country = userCountry()
  const language = userLanguage()
  const translations = useQuery(movieQueries.translations(slug))
  const releases = useQuery(movieQueries.releases(slug))
  const lists = useQuery(movieQueries.lists(slug))
  const watching = useQuery(movieQueries.watching(slug))

  return (
    <div className="space-y-10">
      <RatingsAndStats ratings={ratings} stats={stats} />
      <CastAndCrew people={people} />

      <QuerySection
        title="Related movies"
        query={related}
        isEmpty={(data) => data.length === 0}
        emptyText="No related movies."
        skeletonClassName="h-64"
      >
        {(data) => <MediaRail items={data} label="Related movies" />}
      </QuerySection>

      <QuerySection
        title="Releases"
        query={releases}
        isEmpty={(data) => data.length === 0}
        emptyText="No release dates known."
        aside={
          releases.data && releases.data.length > 1 ? (
            <span className="text-sm text-muted">{releases.data.length} countries</span>
          ) : null
        }
      >
        {(data) => <ReleasesTable countries={data} userCountry={country} />}
      </QuerySection>

      <AliasesAndTranslations aliases={aliases} translations={translations} language={language} />
      <ListsAndWatching noun="movie" lists={lists} watching={watching} />

      <CommentsSection count={commentCount}>{comments}</CommentsSection>
    </div>
  )
}
