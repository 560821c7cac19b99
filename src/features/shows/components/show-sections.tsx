import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Chip } from '@/components/ui/chip'
import { countryName } from '@/lib/media/format'
import { CommentsSection } from '@/components/title/comments-entry'
import { QuerySection } from '@/components/title/section'
import {
  TitleListsAndWatching,
  TitleNames,
  TitlePeople,
  TitleRatings,
  TitleRelated,
} from '@/components/title/title-sections'
import { showQueries } from '../api/show-queries'

type ShowSectionsProps = { slug: string; commentCount: number | null; comments?: ReactNode }

/**
 * Everything below a show's seasons: a chunk that loads near the viewport. Each section reads its own query, so
 * a response re-renders its section only.
 */
export function ShowSections({ slug, commentCount, comments }: ShowSectionsProps) {
  return (
    <div className="space-y-10">
      <TitleRatings kind="shows" slug={slug} />
      <TitlePeople kind="shows" slug={slug} />
      <TitleRelated kind="shows" slug={slug} />
      <Certifications slug={slug} />
      <TitleNames kind="shows" slug={slug} />
      <TitleListsAndWatching kind="shows" slug={slug} />
      <CommentsSection count={commentCount}>{comments}</CommentsSection>
    </div>
  )
}

function Certifications({ slug }: { slug: string }) {
  return (
    <QuerySection
      title="Certifications"
      query={useQuery(showQueries.certifications(slug))}
      isEmpty={(data) => data.length === 0}
      emptyText="No certifications known."
      skeletonClassName="h-10"
    >
      {(data) => (
        <ul className="flex flex-wrap gap-2">
          {data.map((item) => (
            <li key={`${item.country}-${item.certification}`}>
              <Chip>
                {countryName(item.country)}: {item.certification}
              </Chip>
            </li>
          ))}
        </ul>
      )}
    </QuerySection>
  )
}
