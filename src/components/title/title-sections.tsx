import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { userLanguage } from '@/lib/media/locale'
import { titleQueries, type TitleKind } from '@/lib/media/title-queries'
import { CommentsSection } from './comments-entry'
import { AliasesAndTranslations, CastAndCrew, ListsAndWatching, RatingsAndStats } from './common-sections'
import { MediaRail } from './media-rail'
import { QuerySection } from './section'

// The sections a movie and a show page share, each reading its own query (the same keys as the movie and show
// factories, which spread `titleQueries`), so a response re-renders its own section only.

const queries = { movies: titleQueries('movies'), shows: titleQueries('shows') }

type TitleSectionProps = { kind: TitleKind; slug: string }

type TitleSectionsProps = TitleSectionProps & {
  commentCount: number | null
  /** The comments feature's list, inside the #comments section. */
  comments?: ReactNode
  /** The page's own sections (a movie's releases, a show's certifications), after the related titles. */
  children?: ReactNode
}

/** Everything below a movie's overview or a show's seasons, in the order both pages share. */
export function TitleSections({ kind, slug, commentCount, comments, children }: TitleSectionsProps) {
  return (
    <div className="space-y-10">
      <TitleRatings kind={kind} slug={slug} />
      <TitlePeople kind={kind} slug={slug} />
      <TitleRelated kind={kind} slug={slug} />
      {children}
      <TitleNames kind={kind} slug={slug} />
      <TitleListsAndWatching kind={kind} slug={slug} />
      <CommentsSection count={commentCount}>{comments}</CommentsSection>
    </div>
  )
}

function TitleRatings({ kind, slug }: TitleSectionProps) {
  const ratings = useQuery(queries[kind].ratings(slug))
  const stats = useQuery(queries[kind].stats(slug))
  return <RatingsAndStats ratings={ratings} stats={stats} />
}

function TitlePeople({ kind, slug }: TitleSectionProps) {
  return <CastAndCrew people={useQuery(queries[kind].people(slug))} />
}

function TitleRelated({ kind, slug }: TitleSectionProps) {
  const title = `Related ${kind}`
  return (
    <QuerySection
      title={title}
      query={useQuery(queries[kind].related(slug))}
      isEmpty={(data) => data.length === 0}
      emptyText={`No related ${kind}.`}
      skeletonClassName="h-64"
    >
      {(data) => <MediaRail items={data} label={title} />}
    </QuerySection>
  )
}

function TitleNames({ kind, slug }: TitleSectionProps) {
  const aliases = useQuery(queries[kind].aliases(slug))
  const translations = useQuery(queries[kind].translations(slug))
  return <AliasesAndTranslations aliases={aliases} translations={translations} language={userLanguage()} />
}

function TitleListsAndWatching({ kind, slug }: TitleSectionProps) {
  const lists = useQuery(queries[kind].lists(slug))
  const watching = useQuery(queries[kind].watching(slug))
  return <ListsAndWatching noun={kind === 'movies' ? 'movie' : 'show'} lists={lists} watching={watching} />
}
