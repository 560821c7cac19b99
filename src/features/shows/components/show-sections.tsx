import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Chip } from '@/components/ui/chip'
import { countryName } from '@/lib/media/format'
import { userLanguage } from '@/lib/media/locale'
import { CommentsSection } from '@/components/title/comments-entry'
import {
  AliasesAndTranslations,
  CastAndCrew,
  ListsAndWatching,
  RatingsAndStats,
} from '@/components/title/common-sections'
import { MediaRail } from '@/components/title/media-rail'
import { QuerySection } from '@/components/title/section'
import { showQueries } from '../api/show-queries'

type ShowSectionsProps = { slug: string; commentCount: number | null; comments?: ReactNode }

/**
 * Everything below a show's seasons: a chunk that loads near the viewport. Each section reads its own query, so
 * a response re-renders its section only.
 */
export function ShowSections({ slug, commentCount, comments }: ShowSectionsProps) {
  return (
    <div className="space-y-10">
      <Ratings slug={slug} />
      <People slug={slug} />
      <Related slug={slug} />
      <Certifications slug={slug} />
      <Names slug={slug} />
      <ListsAndViewers slug={slug} />
      <CommentsSection count={commentCount}>{comments}</CommentsSection>
    </div>
  )
}

type SlugProps = { slug: string }

function Ratings({ slug }: SlugProps) {
  const ratings = useQuery(showQueries.ratings(slug))
  const stats = useQuery(showQueries.stats(slug))
  return <RatingsAndStats ratings={ratings} stats={stats} />
}

function People({ slug }: SlugProps) {
  return <CastAndCrew people={useQuery(showQueries.people(slug))} />
}

function Related({ slug }: SlugProps) {
  return (
    <QuerySection
      title="Related shows"
      query={useQuery(showQueries.related(slug))}
      isEmpty={(data) => data.length === 0}
      emptyText="No related shows."
      skeletonClassName="h-64"
    >
      {(data) => <MediaRail items={data} label="Related shows" />}
    </QuerySection>
  )
}

function Certifications({ slug }: SlugProps) {
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

function Names({ slug }: SlugProps) {
  const aliases = useQuery(showQueries.aliases(slug))
  const translations = useQuery(showQueries.translations(slug))
  return <AliasesAndTranslations aliases={aliases} translations={translations} language={userLanguage()} />
}

function ListsAndViewers({ slug }: SlugProps) {
  const lists = useQuery(showQueries.lists(slug))
  const watching = useQuery(showQueries.watching(slug))
  return <ListsAndWatching noun="show" lists={lists} watching={watching} />
}
