import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { userCountry } from '@/lib/media/locale'
import { CommentsSection } from '@/components/title/comments-entry'
import { QuerySection } from '@/components/title/section'
import {
  TitleListsAndWatching,
  TitleNames,
  TitlePeople,
  TitleRatings,
  TitleRelated,
} from '@/components/title/title-sections'
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
      <TitleRatings kind="movies" slug={slug} />
      <TitlePeople kind="movies" slug={slug} />
      <TitleRelated kind="movies" slug={slug} />
      <Releases slug={slug} />
      <TitleNames kind="movies" slug={slug} />
      <TitleListsAndWatching kind="movies" slug={slug} />
      <CommentsSection count={commentCount}>{comments}</CommentsSection>
    </div>
  )
}

function Releases({ slug }: { slug: string }) {
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
