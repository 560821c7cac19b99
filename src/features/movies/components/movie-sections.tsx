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

/**
 * Everything below a movie's overview: a chunk that loads near the viewport. Each section reads its own query,
 * so a response re-renders its section only, not the nine others.
 */
export function MovieSections({ slug, commentCount, comments }: MovieSectionsProps) {
  return (
    <div className="space-y-10">
      <Ratings slug={slug} />
      <People slug={slug} />
      <Related slug={slug} />
      <Releases slug={slug} />
      <Names slug={slug} />
      <ListsAndViewers slug={slug} />
      <CommentsSection count={commentCount}>{comments}</CommentsSection>
    </div>
  )
}

type SlugProps = { slug: string }

function Ratings({ slug }: SlugProps) {
  const ratings = useQuery(movieQueries.ratings(slug))
  const stats = useQuery(movieQueries.stats(slug))
  return <RatingsAndStats ratings={ratings} stats={stats} />
}

function People({ slug }: SlugProps) {
  return <CastAndCrew people={useQuery(movieQueries.people(slug))} />
}

function Related({ slug }: SlugProps) {
  return (
    <QuerySection
      title="Related movies"
      query={useQuery(movieQueries.related(slug))}
      isEmpty={(data) => data.length === 0}
      emptyText="No related movies."
      skeletonClassName="h-64"
    >
      {(data) => <MediaRail items={data} label="Related movies" />}
    </QuerySection>
  )
}

function Releases({ slug }: SlugProps) {
  const releases = useQuery(movieQueries.releases(slug))
  return (
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
      {(data) => <ReleasesTable countries={data} userCountry={userCountry()} />}
    </QuerySection>
  )
}

function Names({ slug }: SlugProps) {
  const aliases = useQuery(movieQueries.aliases(slug))
  const translations = useQuery(movieQueries.translations(slug))
  return <AliasesAndTranslations aliases={aliases} translations={translations} language={userLanguage()} />
}

function ListsAndViewers({ slug }: SlugProps) {
  const lists = useQuery(movieQueries.lists(slug))
  const watching = useQuery(movieQueries.watching(slug))
  return <ListsAndWatching noun="movie" lists={lists} watching={watching} />
}
