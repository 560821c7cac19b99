import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { Rating } from '@/components/ui/rating'
import { SpoilerGuard } from '@/lib/spoiler-guard'
import { formatDateTime, formatRuntime } from '@/lib/dates'
import { useDocumentTitle } from '@/lib/use-document-title'
import { adjacentEpisodes, type EpisodeLink } from '../api/adjacent-episodes'
import { episodeQueries } from '../api/episode-queries'
import type { Episode } from '../api/map-to-show'
import { seasonQueries } from '../api/season-queries'
import { showQueries } from '../api/show-queries'
import { capitalize } from '@/lib/media/format'
import { userLanguage } from '@/lib/media/locale'
import { CommentsLink, CommentsSection } from '@/components/title/comments-entry'
import {
  AliasesAndTranslations,
  CastAndCrew,
  ListsAndWatching,
  RatingsAndStats,
} from '@/components/title/common-sections'
import { ExternalLinks } from '@/components/title/external-links'
import { NOT_FOUND, TitlePageError, TitleQueryFallback } from '@/components/title/page-states'
import { TitleHero, type Fact } from '@/components/title/title-hero'
import { EpisodeStill, HiddenEpisodeTitle } from './episode-hero-parts'
import { episodeCode } from '@/lib/media/episode-code'
import { episodePath, seasonPath, showPath, type HideSpoiler } from './links'
import { parseNumberParam } from './params'

export type EpisodeContext = { showSlug: string; episode: Episode }

export type EpisodePageProps = {
  /** The user's actions for this episode (rate, watched, collection, check-in...), composed by the route. */
  actions?: (context: EpisodeContext) => ReactNode
  /** The comments feature's list, rendered inside the page's #comments section. */
  comments?: (context: EpisodeContext) => ReactNode
  timeZone?: string
  /** Whether an episode's title, still and overview could spoil (composed by the route from the spoiler shield). */
  hideSpoiler?: HideSpoiler
}

/** /shows/:slug/seasons/:season/episodes/:episode — one episode in full. */
export function EpisodePage({ actions, comments, timeZone, hideSpoiler }: EpisodePageProps) {
  const params = useParams()
  const slug = params.slug ?? ''
  const season = parseNumberParam(params.season)
  const number = parseNumberParam(params.episode)
  const ref = { slug, season: season ?? 0, episode: number ?? 0 }
  const isValid = season !== null && number !== null
  // The route's loader has already asked (and asks again on every visit): a failure it met is shown, not re-sent.
  const episode = useQuery({ ...episodeQueries.detail(ref), enabled: isValid })
  const show = useQuery(showQueries.detail(slug))
  useDocumentTitle(
    episode.data ? documentTitle(episode.data, show.data?.title ?? null, hideSpoiler) : undefined,
  )

  if (!isValid) return <TitlePageError error={NOT_FOUND} onRetry={() => undefined} noun="episode" />
  if (!episode.isSuccess || episode.data === null)
    return <TitleQueryFallback query={episode} noun="episode" media="still" />
  const context = { showSlug: slug, episode: episode.data }
  return (
    <EpisodeView
      slug={slug}
      episode={episode.data}
      showTitle={show.data?.title ?? null}
      showTmdb={show.data?.ids.tmdb ?? null}
      actions={actions?.(context)}
      comments={comments?.(context)}
      timeZone={timeZone}
      hideSpoiler={hideSpoiler}
    />
  )
}

/** The tab's title: the show and code only while the episode's own title could spoil. */
function documentTitle(
  episode: Episode,
  showTitle: string | null,
  hideSpoiler: HideSpoiler | undefined,
): string {
  const code = episodeCode(episode.season, episode.number)
  if (episode.title && !hideSpoiler?.(episode.season, episode.number)) return episode.title
  return showTitle ? `${showTitle} ${code}` : code
}

type EpisodeViewProps = {
  slug: string
  episode: Episode
  showTitle: string | null
  actions?: ReactNode
  comments?: ReactNode
  timeZone?: string
  showTmdb: number | null
  hideSpoiler?: HideSpoiler
}

function EpisodeView({
  slug,
  episode,
  showTitle,
  showTmdb,
  actions,
  comments,
  timeZone,
  hideSpoiler,
}: EpisodeViewProps) {
  const ref = { slug, season: episode.season, episode: episode.number }
  const language = userLanguage()
  const seasonEpisodes = useQuery(seasonQueries.episodes(slug, episode.season))
  const seasons = useQuery(showQueries.seasons(slug))
  const translations = useQuery(episodeQueries.translations(ref))
  const people = useQuery(episodeQueries.people(ref))
  const ratings = useQuery(episodeQueries.ratings(ref))
  const stats = useQuery(episodeQueries.stats(ref))
  const lists = useQuery(episodeQueries.lists(ref))
  const watching = useQuery(episodeQueries.watching(ref))
  const { previous, next } = adjacentEpisodes(
    { season: episode.season, episode: episode.number },
    seasonEpisodes.data,
    seasons.data,
  )

  const code = episodeCode(episode.season, episode.number)
  const isSpoiler = hideSpoiler?.(episode.season, episode.number) ?? false
  const facts: Fact[] = [{ label: 'Episode', value: code }]
  if (episode.firstAired)
    facts.push({
      label: 'Aired',
      value: <time dateTime={episode.firstAired}>{formatDateTime(episode.firstAired, { timeZone })}</time>,
    })
  if (episode.runtime) facts.push({ label: 'Runtime', value: formatRuntime(episode.runtime) })
  if (episode.numberAbs) facts.push({ label: 'Absolute number', value: String(episode.numberAbs) })
  if (episode.episodeType && episode.episodeType !== 'standard')
    facts.push({ label: 'Type', value: capitalize(episode.episodeType.replace(/_/g, ' ')) })

  const title = episode.title ?? code
  return (
    <article className="space-y-10 pb-12">
      <TitleHero
        title={title}
        eyebrow={
          <span>
            <Link to={showPath(slug)} className="hover:underline">
              {showTitle ?? 'The show'}
            </Link>
            {' · '}
            <Link to={seasonPath(slug, episode.season)} className="hover:underline">
              {episode.season === 0 ? 'Specials' : `Season ${episode.season}`}
            </Link>
          </span>
        }
        media={<EpisodeStill still={episode.screenshot} title={title} code={code} isSpoiler={isSpoiler} />}
        heading={isSpoiler ? code : undefined}
        subheading={<HiddenEpisodeTitle title={title} code={code} isSpoiler={isSpoiler} />}
        facts={facts}
        actions={actions}
        meta={
          <div className="space-y-3">
            <div className="flex flex-wrap items-center gap-3">
              <Rating value={episode.rating} votes={episode.votes} />
              <CommentsLink count={episode.commentCount} />
            </div>
            <ExternalLinks
              ids={episode.ids}
              kind="tv"
              tmdbUrl={
                showTmdb
                  ? `https://www.themoviedb.org/tv/${showTmdb}/season/${episode.season}/episode/${episode.number}`
                  : null
              }
              title={showTitle ? `${showTitle} ${code}` : code}
            />
          </div>
        }
      />

      <nav aria-label="Episodes" className="flex flex-wrap justify-between gap-3 text-sm">
        {previous ? (
          <AdjacentLink slug={slug} link={previous} direction="previous" hideSpoiler={hideSpoiler} />
        ) : (
          <span />
        )}
        {next ? <AdjacentLink slug={slug} link={next} direction="next" hideSpoiler={hideSpoiler} /> : null}
      </nav>

      {episode.overview ? (
        <section aria-label="Overview" className="max-w-prose break-words">
          <SpoilerGuard hidden={isSpoiler} label={`Overview of ${code}`}>
            <p className="leading-relaxed">{episode.overview}</p>
          </SpoilerGuard>
        </section>
      ) : null}

      <RatingsAndStats ratings={ratings} stats={stats} />
      <CastAndCrew people={people} />
      <AliasesAndTranslations
        translations={translations}
        language={language}
        spoiler={{ hidden: isSpoiler, label: `Translated titles and overviews of ${code}` }}
      />
      <ListsAndWatching noun="episode" lists={lists} watching={watching} />
      <CommentsSection count={episode.commentCount}>{comments}</CommentsSection>
    </article>
  )
}

type AdjacentLinkProps = {
  slug: string
  link: EpisodeLink
  direction: 'previous' | 'next'
  hideSpoiler?: HideSpoiler
}

function AdjacentLink({ slug, link: fullLink, direction, hideSpoiler }: AdjacentLinkProps) {
  // A neighbour's title is a spoiler too; its code is enough to find the way.
  const link = hideSpoiler?.(fullLink.season, fullLink.episode) ? { ...fullLink, title: null } : fullLink
  const code = episodeCode(link.season, link.episode)
  const label = `${direction === 'previous' ? 'Previous' : 'Next'} episode: ${code}${link.title ? ` ${link.title}` : ''}`
  return (
    <Link
      to={episodePath(slug, link.season, link.episode)}
      aria-label={label}
      className="font-medium hover:underline"
    >
      {direction === 'previous' ? `← ${code}` : `${code} →`}
      {link.title ? <span className="ms-1 text-muted">{link.title}</span> : null}
    </Link>
  )
}
