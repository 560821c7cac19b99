import { lazy, type ReactNode } from 'react'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { formatDate, formatRuntime } from '@/lib/dates'
import { useDocumentTitle } from '@/lib/use-document-title'
import type { Episode, Show } from '../api/map-to-show'
import { showQueries } from '../api/show-queries'
import { capitalize } from '@/lib/media/format'
import { countryName } from '@/lib/media/display-names'
import type { Studio } from '@/lib/media/map-studios'
import { TitleQueryFallback } from '@/components/title/page-states'
import { QuerySection } from '@/components/title/section'
import { TitleMeta } from '@/components/title/title-meta'
import { TitleHero, type Fact } from '@/components/title/title-hero'
import { NearViewport } from '@/components/ui/near-viewport'
import { localAirTime } from './air-time'
import { EpisodeCard } from './episode-card'
import type { HideSpoiler } from './links'
import { SeasonList } from './season-list'

const ShowSections = lazy(async () => ({ default: (await import('./show-sections')).ShowSections }))

export type ShowPageProps = {
  /** The user's actions for this show (watchlist, rate, watched, collection, lists), composed by the route. */
  actions?: (show: Show) => ReactNode
  /** The comments feature's list, rendered inside the page's #comments section. */
  comments?: (show: Show) => ReactNode
  /** The time zone to show air times in; the browser's by default. */
  timeZone?: string
  /** Whether an episode's title and overview could spoil (composed by the route from the spoiler shield). */
  hideSpoiler?: HideSpoiler
}

/** /shows/:slug — a show with its seasons, next and last episodes, people and community. */
export function ShowPage({ actions, comments, timeZone, hideSpoiler }: ShowPageProps) {
  const { slug = '' } = useParams()
  // The route's loader has already asked (and asks again on every visit): a failure it met is shown, not re-sent.
  const show = useQuery(showQueries.detail(slug))
  useDocumentTitle(show.data?.title)

  if (!show.isSuccess) return <TitleQueryFallback query={show} noun="show" />
  return (
    <ShowView
      slug={slug}
      show={show.data}
      actions={actions?.(show.data)}
      comments={comments?.(show.data)}
      timeZone={timeZone}
      hideSpoiler={hideSpoiler}
    />
  )
}

function showFacts(show: Show, timeZone: string | undefined, studios: Studio[] | undefined): Fact[] {
  const facts: Fact[] = []
  if (show.network) facts.push({ label: 'Network', value: show.network })
  const airs = localAirTime(show.airs, { timeZone })
  if (airs) {
    const original = `${show.airs.day} ${show.airs.time} (${show.airs.timezone})`
    facts.push({ label: 'Airs', value: <span title={`Trakt: ${original}`}>{airs}</span> })
  }
  if (show.firstAired) {
    facts.push({
      label: 'Premiered',
      value: <time dateTime={show.firstAired}>{formatDate(show.firstAired, { timeZone })}</time>,
    })
  }
  if (show.runtime) facts.push({ label: 'Runtime', value: formatRuntime(show.runtime) })
  if (show.certification) facts.push({ label: 'Certification', value: show.certification })
  if (show.status) facts.push({ label: 'Status', value: capitalize(show.status) })
  if (show.airedEpisodes !== null) facts.push({ label: 'Episodes', value: String(show.airedEpisodes) })
  if (show.country) facts.push({ label: 'Country', value: countryName(show.country) })
  if (studios && studios.length > 0)
    facts.push({
      label: studios.length === 1 ? 'Studio' : 'Studios',
      value: studios.map((studio) => studio.name).join(', '),
    })
  return facts
}

type ShowViewProps = {
  slug: string
  show: Show
  actions?: ReactNode
  comments?: ReactNode
  timeZone?: string
  hideSpoiler?: HideSpoiler
}

function ShowView({ slug, show, actions, comments, timeZone, hideSpoiler }: ShowViewProps) {
  const studios = useQuery(showQueries.studios(slug))

  return (
    <article className="space-y-10 pb-12">
      <TitleHero
        title={show.title}
        suffix={show.year ?? undefined}
        tagline={show.tagline}
        poster={show.images.poster}
        fanart={show.images.fanart}
        facts={showFacts(show, timeZone, studios.data)}
        actions={actions}
        meta={
          <TitleMeta
            title={show.title}
            ids={show.ids}
            kind="tv"
            rating={show.rating}
            votes={show.votes}
            commentCount={show.commentCount}
            genres={show.genres}
            trailer={show.trailer}
            homepage={show.homepage}
          />
        }
      />

      {show.overview ? (
        <section aria-label="Overview" className="max-w-prose break-words">
          <p className="leading-relaxed">{show.overview}</p>
        </section>
      ) : null}

      <div className="grid gap-6 md:grid-cols-2">
        <NextEpisode slug={slug} timeZone={timeZone} hideSpoiler={hideSpoiler} />
        <LastEpisode slug={slug} timeZone={timeZone} hideSpoiler={hideSpoiler} />
      </div>

      <Seasons slug={slug} />

      <NearViewport label="the rest of the page">
        <ShowSections slug={slug} commentCount={show.commentCount} comments={comments} />
      </NearViewport>
    </article>
  )
}

type EpisodeSectionProps = { slug: string; timeZone?: string; hideSpoiler?: HideSpoiler }

// The next and the last episode, each with its own query (its answer re-renders that section only).
function NextEpisode(props: EpisodeSectionProps) {
  const query = useQuery(showQueries.nextEpisode(props.slug))
  return <EpisodeSection title="Next episode" emptyText="No episode scheduled." query={query} {...props} />
}

function LastEpisode(props: EpisodeSectionProps) {
  const query = useQuery(showQueries.lastEpisode(props.slug))
  return <EpisodeSection title="Last episode" emptyText="Nothing has aired yet." query={query} {...props} />
}

function EpisodeSection({
  title,
  emptyText,
  query,
  slug,
  timeZone,
  hideSpoiler,
}: EpisodeSectionProps & { title: string; emptyText: string; query: UseQueryResult<Episode | null> }) {
  return (
    <QuerySection
      title={title}
      query={query}
      isEmpty={(data) => data === null}
      emptyText={emptyText}
      skeletonClassName="h-20"
    >
      {(data) =>
        data ? (
          <EpisodeCard
            slug={slug}
            episode={data}
            timeZone={timeZone}
            isSpoiler={hideSpoiler?.(data.season, data.number) ?? false}
          />
        ) : null
      }
    </QuerySection>
  )
}

function Seasons({ slug }: { slug: string }) {
  return (
    <QuerySection
      title="Seasons"
      query={useQuery(showQueries.seasons(slug))}
      isEmpty={(data) => data.length === 0}
      emptyText="No seasons yet."
      skeletonClassName="h-64"
    >
      {(data) => <SeasonList slug={slug} seasons={data} />}
    </QuerySection>
  )
}
