import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { Backdrop } from '@/components/ui/backdrop'
import { Rating } from '@/components/ui/rating'
import { SpoilerGuard } from '@/lib/spoiler-guard'
import { formatDate, formatDateTime, formatRuntime } from '@/lib/dates'
import { useDocumentTitle } from '@/lib/use-document-title'
import { adjacentSeasons } from '../api/adjacent-episodes'
import { seasonTitle, type Episode, type Season } from '../api/map-to-show'
import { seasonQueries } from '../api/season-queries'
import { showQueries } from '../api/show-queries'
import { formatRating } from '@/lib/media/format'
import { CommentsLink, CommentsSection } from '@/components/title/comments-entry'
import { CastAndCrew, ListsAndWatching, RatingsAndStats } from '@/components/title/common-sections'
import { NOT_FOUND, TitlePageError, TitleQueryFallback } from '@/components/title/page-states'
import { QuerySection } from '@/components/title/section'
import { TitleHero, type Fact } from '@/components/title/title-hero'
import { episodeCode } from '@/lib/media/episode-code'
import { episodePath, seasonPath, showPath, type HideSpoiler } from './links'
import { parseNumberParam } from './params'

export type SeasonContext = { showSlug: string; season: Season }

export type SeasonPageProps = {
  /** The user's actions for this season (rate, mark watched, collection...), composed by the route. */
  actions?: (context: SeasonContext) => ReactNode
  /** The comments feature's list, rendered inside the page's #comments section. */
  comments?: (context: SeasonContext) => ReactNode
  timeZone?: string
  /** Whether an episode's title, still and overview could spoil (composed by the route from the spoiler shield). */
  hideSpoiler?: HideSpoiler
}

/** /shows/:slug/seasons/:season — a season's episodes, ratings, people and community. */
export function SeasonPage({ actions, comments, timeZone, hideSpoiler }: SeasonPageProps) {
  const params = useParams()
  const slug = params.slug ?? ''
  const number = parseNumberParam(params.season ?? params.num)
  // The route's loader has already asked (and asks again on every visit): a failure it met is shown, not re-sent.
  const season = useQuery({
    ...seasonQueries.info(slug, number ?? 0),
    enabled: number !== null,
  })
  const show = useQuery(showQueries.detail(slug))
  const title = season.data ? seasonTitle(season.data) : undefined
  useDocumentTitle(title && show.data ? `${show.data.title} ${title}` : title)

  if (number === null) return <TitlePageError error={NOT_FOUND} onRetry={() => undefined} noun="season" />
  if (!season.isSuccess || season.data === null) return <TitleQueryFallback query={season} noun="season" />
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
      hideSpoiler={hideSpoiler}
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
  hideSpoiler?: HideSpoiler
}

function SeasonView({
  slug,
  season,
  showTitle,
  fanart,
  actions,
  comments,
  timeZone,
  hideSpoiler,
}: SeasonViewProps) {
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
  if (season.firstAired)
    facts.push({
      label: 'Premiered',
      value: <time dateTime={season.firstAired}>{formatDate(season.firstAired, { timeZone })}</time>,
    })
  if (season.episodeCount !== null) facts.push({ label: 'Episodes', value: String(season.episodeCount) })
  if (season.airedEpisodes !== null && season.airedEpisodes !== season.episodeCount)
    facts.push({ label: 'Aired', value: String(season.airedEpisodes) })
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

      <QuerySection
        title="Episodes"
        query={episodes}
        isEmpty={(data) => data.length === 0}
        emptyText="No episodes yet."
        skeletonClassName="h-72"
      >
        {(data) => <EpisodeList slug={slug} episodes={data} timeZone={timeZone} hideSpoiler={hideSpoiler} />}
      </QuerySection>

      <RatingsAndStats ratings={ratings} stats={stats} />
      <CastAndCrew people={people} />
      <ListsAndWatching noun="season" lists={lists} watching={watching} />
      <CommentsSection count={stats.data?.comments ?? null}>{comments}</CommentsSection>
    </article>
  )
}

type EpisodeListProps = { slug: string; episodes: Episode[]; timeZone?: string; hideSpoiler?: HideSpoiler }

/** The season's episodes: still, title and overview, with air date, runtime and rating always in view. */
function EpisodeList({ slug, episodes, timeZone, hideSpoiler }: EpisodeListProps) {
  return (
    <ol aria-label="Episodes" className="divide-y divide-line rounded-card border border-line bg-surface">
      {episodes.map((episode) => (
        <EpisodeRow
          key={episode.ids.trakt ?? episode.number}
          slug={slug}
          episode={episode}
          timeZone={timeZone}
          isSpoiler={hideSpoiler?.(episode.season, episode.number) ?? false}
        />
      ))}
    </ol>
  )
}

function EpisodeRow({
  slug,
  episode,
  timeZone,
  isSpoiler,
}: {
  slug: string
  episode: Episode
  timeZone?: string
  isSpoiler: boolean
}) {
  const href = episodePath(slug, episode.season, episode.number)
  const name = `Episode ${episode.number}`
  const title = episode.title ?? name
  return (
    <li className="space-y-2 p-3 text-sm">
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-muted">
        {/* While the title is hidden, the episode's number is the way to its page. */}
        {isSpoiler ? (
          <Link to={href} className="font-medium text-fg hover:underline">
            {name}
          </Link>
        ) : (
          <span className="tabular-nums">{name}</span>
        )}
        <span>
          {episode.firstAired ? (
            <time dateTime={episode.firstAired}>{formatDateTime(episode.firstAired, { timeZone })}</time>
          ) : (
            'TBA'
          )}
        </span>
        {episode.runtime ? <span>{formatRuntime(episode.runtime)}</span> : null}
        {episode.votes ? (
          <span aria-label={`Rated ${formatRating(episode.rating)}`}>★ {formatRating(episode.rating)}</span>
        ) : null}
      </p>
      <SpoilerGuard
        hidden={isSpoiler}
        label={`Title, still and overview of ${episodeCode(episode.season, episode.number)}`}
      >
        <div className="flex gap-3">
          <div className="w-28 shrink-0 sm:w-40">
            <Backdrop
              images={episode.screenshot ? [episode.screenshot] : null}
              title={title}
              decorative
              size="thumb"
            />
          </div>
          <div className="min-w-0 space-y-1">
            <h3 className="font-medium">
              <Link to={href} className="hover:underline">
                {title}
              </Link>
            </h3>
            {episode.overview ? <p className="line-clamp-3 text-muted">{episode.overview}</p> : null}
          </div>
        </div>
      </SpoilerGuard>
    </li>
  )
}
