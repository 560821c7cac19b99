import type { UseQueryResult } from '@tanstack/react-query'
import type { ListSummary, UserRef } from '@/lib/media/map-lists'
import type { People } from '@/lib/media/map-people'
import type { Ratings } from '@/lib/media/map-ratings'
import type { Stats } from '@/lib/media/map-stats'
import type { Alias, Translation } from '@/lib/media/map-translations'
import { SpoilerGuard } from '@/lib/spoiler-guard'
import { AliasesDisclosure, TranslationsDisclosure } from './aliases-translations'
import { CastList, CrewList } from './people-list'
import { RatingDistribution } from './rating-distribution'
import { QuerySection } from './section'
import { StatsList } from './stats-list'
import { ListsList, WatchersList } from './users-lists'

// The sections every movie, show, season and episode page has, each fed by its own query.

export function RatingsAndStats({
  ratings,
  stats,
}: {
  ratings: UseQueryResult<Ratings>
  stats: UseQueryResult<Stats>
}) {
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <QuerySection title="Ratings" query={ratings} skeletonClassName="h-64">
        {(data) => <RatingDistribution ratings={data} />}
      </QuerySection>
      <QuerySection title="Stats" query={stats} skeletonClassName="h-40">
        {(data) => <StatsList stats={data} />}
      </QuerySection>
    </div>
  )
}

export function CastAndCrew({ people }: { people: UseQueryResult<People> }) {
  return (
    <>
      <QuerySection
        title="Cast"
        query={people}
        isEmpty={(data) => data.cast.length === 0}
        emptyText="No cast listed."
        skeletonClassName="h-72"
      >
        {(data) => <CastList cast={data.cast} />}
      </QuerySection>
      {people.data && people.data.guestStars.length > 0 ? (
        <QuerySection title="Guest stars" query={people}>
          {(data) => <CastList cast={data.guestStars} label="Guest stars" />}
        </QuerySection>
      ) : null}
      <QuerySection
        title="Crew"
        query={people}
        isEmpty={(data) => data.crew.length === 0}
        emptyText="No crew listed."
        skeletonClassName="h-40"
      >
        {(data) => <CrewList crew={data.crew} />}
      </QuerySection>
    </>
  )
}

export function ListsAndWatching({
  noun,
  lists,
  watching,
}: {
  noun: string
  lists: UseQueryResult<{ lists: ListSummary[]; total: number }>
  watching: UseQueryResult<UserRef[]>
}) {
  const total = lists.data?.total ?? 0
  return (
    <div className="grid gap-10 lg:grid-cols-2">
      <QuerySection
        title={`Lists with this ${noun}`}
        query={lists}
        isEmpty={(data) => data.lists.length === 0}
        emptyText="Not on any public lists yet."
        aside={
          lists.data && total > lists.data.lists.length ? (
            <span className="text-sm text-muted">{total} lists</span>
          ) : null
        }
      >
        {(data) => <ListsList lists={data.lists} />}
      </QuerySection>
      <QuerySection
        title="Watching now"
        query={watching}
        isEmpty={(data) => data.length === 0}
        emptyText="Nobody is watching this right now."
        skeletonClassName="h-10"
      >
        {(data) => <WatchersList users={data} />}
      </QuerySection>
    </div>
  )
}

export function AliasesAndTranslations({
  aliases,
  translations,
  language,
  spoiler,
}: {
  aliases?: UseQueryResult<Alias[]>
  translations: UseQueryResult<Translation[]>
  /** The user's language, listed first. */
  language: string
  /** Translated titles and overviews of an unwatched episode stay blurred until revealed. */
  spoiler?: { hidden: boolean; label: string }
}) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      {aliases ? (
        <QuerySection
          title="Other titles"
          query={aliases}
          isEmpty={(data) => data.length === 0}
          emptyText="No other titles."
          skeletonClassName="h-12"
        >
          {(data) => <AliasesDisclosure aliases={data} />}
        </QuerySection>
      ) : null}
      <QuerySection
        title="Translations"
        query={translations}
        isEmpty={(data) => data.length === 0}
        emptyText="No translations."
        skeletonClassName="h-12"
      >
        {(data) => (
          <SpoilerGuard hidden={spoiler?.hidden ?? false} label={spoiler?.label ?? 'Translations'}>
            <TranslationsDisclosure translations={data} userLanguage={language} />
          </SpoilerGuard>
        )}
      </QuerySection>
    </div>
  )
}
