import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { userCountry } from '@/lib/media/locale'
import { QuerySection } from '@/components/title/section'
import { TitleSections } from '@/components/title/title-sections'
import { movieQueries } from '../api/movie-queries'
import { ReleasesTable } from './releases-table'

type MovieSectionsProps = { slug: string; commentCount: number | null; comments?: ReactNode }

/** Everything below a movie's overview (a chunk that loads near the viewport), its releases included. */
export function MovieSections({ slug, commentCount, comments }: MovieSectionsProps) {
  return (
    <TitleSections kind="movies" slug={slug} commentCount={commentCount} comments={comments}>
      <Releases slug={slug} />
    </TitleSections>
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
