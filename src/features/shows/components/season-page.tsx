import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { Rating } from '@/components/ui/rating'
import { formatDate, formatDateTime, formatRuntime } from '@/lib/dates'
import { useDocumentTitle } from '@/lib/use-document-title'
import { TraktHttpError } from '@/lib/trakt/errors'
import { adjacentSeasons } from '../api/adjacent-episodes'
import { seasonTitle, type Episode, type Season } from '../api/map-to-show'
import { seasonQueries } from '../api/season-queries'
import { showQueries } from '../api/show-queries'
import { formatRating } from '@/lib/media/format'
import { CommentsLink, CommentsSection } from '@/components/title/comments-entry'
import { CastAndCrew, ListsAndWatching, RatingsAndStats } from '@/components/title/common-sections'
import { TitlePageError, TitlePageSkeleton } from '@/components/title/page-states'
import { QuerySection } from '@/components/title/section'
import { TitleHero, type Fact } from '@/components/title/title-hero'
import { episodePath, seasonPath, showPath } from './links'
import { parseNumberParam } from './params'

export type SeasonContext = { showSlug: string; season: Season }

export type SeasonPageProps = {
  /** The user's actions for this season (rate, mark watched, collection...), composed by the route. */
  actions?: (context: SeasonContext) => ReactNode
  /** The comments feature's list, rendered inside the page's #comments section. */
  comments?: (context: SeasonContext) => ReactNode
  timeZone?: string
}

const NOT_FOUND = new TraktHttpError({ status: 404, body: null, method: 'GET', path: '' })

/** /shows/:slug/seasons/:season — a season's episodes, ratings, people and community. */
export function SeasonPage({ actions, comments, timeZone }: SeasonPageProps) {
  const params = useParams()
  const slug = params.slug ?? ''
  const number = parseNumberParam(params.season ?? params.num)
  const season = useQuery({ ...seasonQueries.info(slug, number ?? 0), enabled: number !== null })
  const show = useQuery(showQueries.detail(slug))
  const title = season.data ? seasonTitle(season.data) : undefined
  useDocumentTitle(title && show.data ? `${show.data.title} ${title}` : title)

  if (number === null) return <TitlePageError error={NOT_FOUND} onRetry={() => undefined} noun="season" />
  if (season.isPending) return <TitlePageSkeleton label="Loading season…" />
  if (season.isError || season.data === null) {
    return <TitlePageError error={season.error ?? NOT_FOUND} onRetry={() => void season.refetch()} isRetrying={season.isFetching} noun="season" />
  }
  const context = { showSlug: slug, season: season.data }
  return (
    <SeasonView
      slug={slug}
      season={season.data}
      showTitle={show.data?.title ?? null}
      fanart={show.data?.images.fanart ?? null}
      actions={actions?.(context)}
      comments={comments?.(context)}
      timeZone={timeZone}
    />
  )
}

type SeasonViewProps = {
  slug: string
  season: Season
  showTitle: string | null
  fanart: string | null
  actions?: ReactNode
  comments?: ReactNode
  timeZone?: string
}

function SeasonView({ slug, season, showTitle, fanart, actions, comments, timeZone }: SeasonViewProps) {
  const n = season.number
  const episodes = useQuery(seasonQueries.episodes(slug, n))
  const seasons = useQuery(showQueries.seasons(slug))
  const people = useQuery(seasonQueries.people(slug, n))
  const ratings = useQuery(seasonQueries.ratings(slug, n))
  const stats = useQuery(seasonQueries.stats(slug, n))
  const lists = useQuery(seasonQueries.lists(slug, n))
  const watching = useQuery(seasonQueries.watching(slug, n))
  const { previous, next } = adjacentSeasons(n, seasons.data)

  const facts: Fact[] = []
  if (season.firstAired) facts.push({ label: 'Premiered', value: <time dateTime={season.firstAired}>{formatDate(season.firstAired, { timeZone })}</time> })
  if (season.episodeCount !== null) facts.push({ label: 'Episodes', value: String(season.episodeCount) })
  if (season.airedEpisodes !== null && season.airedEpisodes !== season.episodeCount) facts.push({ label: 'Aired', value: String(season.airedEpisodes) })
  if (season.network) facts.push({ label: 'Network', value: season.network })

  return (
    <article className="space-y-10 pb-12">
      <TitleHero
        title={seasonTitle(season)}
        eyebrow={
          <Link to={showPath(slug)} className="hover:underline">
            {showTitle ?? 'Back to the show'}
          </Link>
        }
        poster={season.poster}
        fanart={fanart}
        facts={facts}
        actions={actions}
        meta={
          <div className="flex flex-wrap items-center gap-3">
            <Rating value={season.rating} votes={season.votes} />
            <CommentsLink count={stats.data?.comments ?? null} />
          </div>
        }
      />

      <nav aria-label="Seasons" className="flex flex-wrap justify-between gap-3 text-sm">
        {previous ? (
          <Link to={seasonPath(slug, previous.number)} className="font-medium hover:underline">
            ← {seasonTitle(previous)}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link to={seasonPath(slug, next.number)} className="font-medium hover:underline">
            {seasonTitle(next)} →
          </Link>
        ) : null}
      </nav>

      {season.overview ? (
        <section aria-label="Overview" className="max-w-prose break-words">
          <p className="leading-relaxed">{season.overview}</p>
        </section>
      ) : null}

      <QuerySection title="Episodes" query={episodes} isEmpty={(data) => data.length === 0} emptyText="No episodes yet." skeletonClassName="h-72">
        {(data) => <EpisodeTable slug={slug} episodes={data} timeZone={timeZone} />}
      </QuerySection>

      <RatingsAndStats ratings={ratings} stats={stats} />
      <CastAndCrew people={people} />
      <ListsAndWatching noun="season" lists={lists} watching={watching} />
      <CommentsSection count={stats.data?.comments ?? null}>{comments}</CommentsSection>
    </article>
  )
}

function EpisodeTable({ slug, episodes, timeZone }: { slug: string; episodes: Episode[]; timeZone?: string }) {
  return (
    <div className="overflow-x-auto rounded-card border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Episodes</caption>
        <thead>
          <tr className="text-muted">
            <th scope="col" className="px-3 py-2 text-start font-medium">#</th>
            <th scope="col" className="px-3 py-2 text-start font-medium">Title</th>
            <th scope="col" className="px-3 py-2 text-start font-medium">First aired</th>
            <th scope="col" className="px-3 py-2 text-start font-medium">Runtime</th>
            <th scope="col" className="px-3 py-2 text-start font-medium">Rating</th>
          </tr>
        </thead>
        <tbody>
          {episodes.map((episode) => (
            <tr key={episode.ids.trakt ?? episode.number} className="border-t border-line">
              <td className="px-3 py-2 tabular-nums">{episode.number}</td>
              <th scope="row" className="px-3 py-2 text-start font-medium">
                <Link to={episodePath(slug, episode.season, episode.number)} className="hover:underline">
                  {episode.title ?? `Episode ${episode.number}`}
                </Link>
              </th>
              <td className="px-3 py-2 whitespace-nowrap">
                {episode.firstAired ? <time dateTime={episode.firstAired}>{formatDateTime(episode.firstAired, { timeZone })}</time> : 'TBA'}
              </td>
              <td className="px-3 py-2 whitespace-nowrap">{formatRuntime(episode.runtime) || '–'}</td>
              <td className="px-3 py-2 tabular-nums">{episode.votes ? formatRating(episode.rating) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
