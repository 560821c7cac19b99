import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Chip } from '@/components/ui/chip'
import { countryName } from '@/lib/media/display-names'
import { QuerySection } from '@/components/title/section'
import { TitleSections } from '@/components/title/title-sections'
import { showQueries } from '../api/show-queries'

type ShowSectionsProps = { slug: string; commentCount: number | null; comments?: ReactNode }

/** Everything below a show's seasons (a chunk that loads near the viewport), its certifications included. */
export function ShowSections({ slug, commentCount, comments }: ShowSectionsProps) {
  return (
    <TitleSections kind="shows" slug={slug} commentCount={commentCount} comments={comments}>
      <Certifications slug={slug} />
    </TitleSections>
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
