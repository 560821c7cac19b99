import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mapChartPage } from '@/features/discover/api/map-chart-item'
import { mapListItem } from '@/features/discover/api/map-list-item'
import { mapCertifications as mapReferenceCertifications } from '@/features/discover/api/reference-queries'
import { mapReleases, mapToMovie } from '@/features/movies/api/map-to-movie'
import { mapCredits, mapToPerson } from '@/features/people/api/map-to-person'
import { mapSearchResults } from '@/features/search/api/map-search-result'
import {
  mapEpisodes,
  mapSeasons,
  mapToEpisode,
  mapToSeason,
  mapToShow,
} from '@/features/shows/api/map-to-show'
import { mapRecommendations } from '@/features/recommendations/api/map-recommendation'
import {
  mapCollectionMovies,
  mapCollectionShows,
  mapRatings as mapUserRatings,
  mapWatchedMovies,
  mapWatchedShows,
  mapWatchlist,
} from '@/features/sync/api/map-user-state'
import {
  isMovieCollectedIn,
  isShowItemCollectedIn,
  watchedMovieStateOf,
  watchedShowStateOf,
} from '@/features/sync/api/user-state'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapRelated } from '@/lib/media/map-media'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { mapStudios } from '@/lib/media/map-studios'
import { mapAliases, mapTranslations } from '@/lib/media/map-translations'

/**
 * Every real Trakt body in tests/fixtures goes through the parsing that consumes it. Bodies whose screens belong to
 * later issues are listed with the issue that will consume them, so a new fixture cannot slip through unclassified.
 */
const dir = resolve(process.cwd(), 'tests/fixtures')
const files = readdirSync(dir).filter((f) => f.endsWith('.json'))
const read = (file: string): unknown => JSON.parse(readFileSync(resolve(dir, file), 'utf8'))

/** The first entry's own title as the sync feature knows it, so state lookups must find it. */
function firstOf(body: unknown, type: 'movie' | 'show') {
  const entry = (body as Record<string, { ids: { trakt: number }; title: string }>[])[0]![type]!
  const ids = { trakt: entry.ids.trakt, slug: null, imdb: null, tmdb: null, tvdb: null }
  return { type, ids, title: entry.title }
}
const expectFound = (found: boolean) => {
  expect(found).toBe(true)
  return found
}

type Consumer = { match: RegExp; parse: (body: unknown, file: string) => unknown }

const consumers: Consumer[] = [
  {
    match:
      /^(movies|shows)_(trending|popular|anticipated|boxoffice|played|watched|collected|favorited|updates(?!_id)|recommended)/,
    parse: (b, f) => mapChartPage(b, f.startsWith('movies') ? 'movies' : 'shows'),
  },
  {
    match: /^(movies|shows)_related/,
    parse: (b, f) => mapRelated(b, f.startsWith('movies') ? 'movie' : 'show'),
  },
  {
    match: /^(movies|shows)_summary|^shows_last_episode_extended|^movies_summary/,
    parse: (b, f) => (f.startsWith('movies') ? mapToMovie(b) : mapToShow(b)),
  },
  { match: /^(movies|shows|shows_season|shows_episode)_(aliases)/, parse: mapAliases },
  { match: /^(movies|shows|shows_episode)_translations/, parse: mapTranslations },
  { match: /^movies_releases/, parse: mapReleases },
  { match: /^(movies|shows|shows_season|shows_episode)_people/, parse: mapPeople },
  { match: /^(movies|shows|shows_season|shows_episode)_ratings/, parse: mapRatings },
  { match: /^(movies|shows|shows_season|shows_episode)_stats/, parse: mapStats },
  { match: /^(movies|shows|shows_season|shows_episode)_watching/, parse: mapWatchers },
  {
    match:
      /^(movies|shows|shows_season|shows_episode|people)_lists|^(movies|shows)_lists|^shows_lists_all|^people_lists/,
    parse: mapLists,
  },
  { match: /^shows_seasons/, parse: mapSeasons },
  { match: /^shows_season_info/, parse: mapToSeason },
  { match: /^shows_season_episodes/, parse: mapEpisodes },
  { match: /^shows_(episode_summary|next_episode|last_episode)/, parse: mapToEpisode },
  { match: /^people_summary/, parse: mapToPerson },
  { match: /^movies_studios/, parse: mapStudios },
  {
    match: /^people_(movies|shows)/,
    parse: (b, f) => mapCredits(b, f.startsWith('people_movies') ? 'movie' : 'show'),
  },
  { match: /^search_/, parse: mapSearchResults },
  { match: /^lists_(trending|popular)/, parse: (b) => (Array.isArray(b) ? b.map(mapListItem) : []) },
  { match: /^certifications_/, parse: mapReferenceCertifications },
  {
    match: /^recommendations_/,
    parse: (b, f) => mapRecommendations(b, f.startsWith('recommendations_shows') ? 'shows' : 'movies'),
  },
  { match: /^(sync|users)_watchlist_(movies|shows|episodes|seasons)/, parse: mapWatchlist },
  { match: /^(sync|users)_ratings_(movies|shows|episodes|seasons)/, parse: mapUserRatings },
  {
    match: /^(sync|users)_watched_movies/,
    parse: (b) => expectFound(watchedMovieStateOf(firstOf(b, 'movie'), mapWatchedMovies(b)).plays > 0),
  },
  {
    match: /^(sync|users)_watched_shows(?!_noseasons)/,
    parse: (b) => expectFound(watchedShowStateOf(firstOf(b, 'show'), mapWatchedShows(b)).plays > 0),
  },
  {
    match: /^(sync|users)_collection_movies/,
    parse: (b) => expectFound(isMovieCollectedIn(firstOf(b, 'movie'), mapCollectionMovies(b))),
  },
  {
    match: /^(sync|users)_collection_shows/,
    parse: (b) => expectFound(isShowItemCollectedIn(firstOf(b, 'show'), mapCollectionShows(b))),
  },
]

/** Screens of later issues: the body is recorded here, its consumer comes with the issue. */
const pending: { match: RegExp; issue: number }[] = [
  { match: /^calendars_/, issue: 5 },
  {
    match:
      /^checkin_|^scrobble_|^sync_playback|^sync_history|^users_history|^users_watching|^shows_progress|^sync_last_activities/,
    issue: 5,
  },
  {
    match:
      /^(sync|users)_(watchlist|collection|ratings)|^users_list|^users_lists|^users_likes_lists|^users_hidden|^users_notes|^notes_|^users_saved_filters|^users_favorites|^movies_favorited/,
    issue: 6,
  },
  {
    match:
      /^comments_|^(movies|shows|shows_episode|shows_season)_comments|^users_comments|^users_likes|^users_profile|^users_stats|^users_settings|^users_follow|^users_followers|^users_following|^users_friends/,
    issue: 7,
  },
  { match: /^oauth_/, issue: 2 },
  { match: /^genres_|^countries_|^languages_|^networks_/, issue: 4 },
  { match: /^shows_updates_id|^movies_updates|^shows_updates|^users_watched_shows_noseasons/, issue: 4 },
]

describe('every real Trakt body in tests/fixtures', () => {
  it('is classified: parsed by the app now, or recorded for a named later issue', () => {
    const unclassified = files.filter(
      (f) => !consumers.some((c) => c.match.test(f)) && !pending.some((p) => p.match.test(f)),
    )
    expect(unclassified).toEqual([])
    expect(files.length).toBeGreaterThanOrEqual(248)
  })

  const parsed = files.filter((f) => consumers.some((c) => c.match.test(f)))
  it.each(parsed)('%s goes through its parser without an error', (file) => {
    const consumer = consumers.find((c) => c.match.test(file))!
    const body = read(file)
    const result = consumer.parse(body, file)
    expect(result).toBeDefined()
    // A non-empty body yields something, not an empty shell.
    if (Array.isArray(body) && body.length > 0 && Array.isArray(result))
      expect(result.length).toBeGreaterThan(0)
  })
})
