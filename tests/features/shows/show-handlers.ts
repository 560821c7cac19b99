import summary from '../../fixtures/shows_summary_extended-full-images__trakt-r.json'
import people from '../../fixtures/shows_people__trakt-r.json'
import ratings from '../../fixtures/shows_ratings__trakt-r.json'
import stats from '../../fixtures/shows_stats__trakt-r.json'
import related from '../../fixtures/shows_related_extended-full__trakt-r.json'
import aliases from '../../fixtures/shows_aliases__trakt-r.json'
import translations from '../../fixtures/shows_translations__trakt-r.json'
import seasons from '../../fixtures/shows_seasons_extended-full__trakt-r.json'
import nextEpisode from '../../fixtures/shows_next_episode__trakt-r.json'
import lastEpisode from '../../fixtures/shows_last_episode_extended-full__trakt-r.json'
import lists from '../../fixtures/shows_lists_all_popular__trakt-r.json'
import watching from '../../fixtures/shows_watching_extended-full__trakt-r.json'
import seasonInfo from '../../fixtures/shows_season_info_extended-full__trakt-r.json'
import seasonEpisodes from '../../fixtures/shows_season_episodes_extended-full__trakt-r.json'
import seasonPeople from '../../fixtures/shows_season_people__trakt-r.json'
import seasonRatings from '../../fixtures/shows_season_ratings__trakt-r.json'
import seasonStats from '../../fixtures/shows_season_stats__trakt-r.json'
import seasonLists from '../../fixtures/shows_season_lists_all_popular__trakt-r.json'
import seasonWatching from '../../fixtures/shows_season_watching__trakt-r.json'
import episode from '../../fixtures/shows_episode_summary_extended-full__flexget.json'
import episodePeople from '../../fixtures/shows_episode_people__trakt-r.json'
import episodeRatings from '../../fixtures/shows_episode_ratings__trakt-r.json'
import episodeStats from '../../fixtures/shows_episode_stats__trakt-r.json'
import episodeTranslations from '../../fixtures/shows_episode_translations__trakt-r.json'
import episodeLists from '../../fixtures/shows_episode_lists_all_popular__trakt-r.json'
import episodeWatching from '../../fixtures/shows_episode_watching__trakt-r.json'
import { serve } from '../movies/title-test-kit'

const page = {
  'X-Pagination-Item-Count': '57',
  'X-Pagination-Page': '1',
  'X-Pagination-Limit': '10',
  'X-Pagination-Page-Count': '6',
}

/** Breaking Bad and friends from real Trakt bodies (season and episode bodies were recorded for other shows). */
export const showHandlers = [
  serve('/shows/:id', summary),
  serve('/shows/:id/people', people),
  serve('/shows/:id/ratings', ratings),
  serve('/shows/:id/stats', stats),
  serve('/shows/:id/related', related),
  serve('/shows/:id/aliases', aliases),
  serve('/shows/:id/translations', translations),
  // No recorded body exists for certifications; this is the documented shape.
  serve('/shows/:id/certifications', [
    { certification: 'TV-MA', country: 'us' },
    { certification: '16', country: 'de' },
  ]),
  // No recorded body for a show's studios either; the documented shape.
  serve('/shows/:id/studios', [
    {
      name: 'Sony Pictures Television',
      country: 'us',
      ids: { trakt: 7, slug: 'sony-pictures-television', tmdb: 11073 },
    },
  ]),
  serve('/shows/:id/seasons', seasons),
  serve('/shows/:id/next_episode', nextEpisode),
  serve('/shows/:id/last_episode', lastEpisode),
  serve('/shows/:id/lists/:type/:sort', lists, page),
  serve('/shows/:id/watching', watching),
]

export const seasonHandlers = [
  serve('/shows/:id/seasons/:season/info', seasonInfo),
  serve('/shows/:id/seasons/:season', seasonEpisodes),
  serve('/shows/:id/seasons/:season/people', seasonPeople),
  serve('/shows/:id/seasons/:season/ratings', seasonRatings),
  serve('/shows/:id/seasons/:season/stats', seasonStats),
  serve('/shows/:id/seasons/:season/lists/:type/:sort', seasonLists),
  serve('/shows/:id/seasons/:season/watching', seasonWatching),
]

export const episodeHandlers = [
  serve('/shows/:id/seasons/:season/episodes/:episode', episode),
  serve('/shows/:id/seasons/:season/episodes/:episode/people', episodePeople),
  serve('/shows/:id/seasons/:season/episodes/:episode/ratings', episodeRatings),
  serve('/shows/:id/seasons/:season/episodes/:episode/stats', episodeStats),
  serve('/shows/:id/seasons/:season/episodes/:episode/translations', episodeTranslations),
  serve('/shows/:id/seasons/:season/episodes/:episode/lists/:type/:sort', episodeLists),
  serve('/shows/:id/seasons/:season/episodes/:episode/watching', episodeWatching),
]
