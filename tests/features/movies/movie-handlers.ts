import summary from '../../fixtures/movies_summary_extended-full__trakt-r.json'
import people from '../../fixtures/movies_people__trakt-r.json'
import ratings from '../../fixtures/movies_ratings__trakt-r.json'
import stats from '../../fixtures/movies_stats__trakt-r.json'
import related from '../../fixtures/movies_related_extended-full__trakt-r.json'
import aliases from '../../fixtures/movies_aliases__trakt-r.json'
import translations from '../../fixtures/movies_translations__trakt-r.json'
import releases from '../../fixtures/movies_releases__trakt-r.json'
import lists from '../../fixtures/movies_lists_personal_popular__trakt-r.json'
import watching from '../../fixtures/movies_watching__trakt-r.json'
import studios from '../../fixtures/movies_studios__traktkit.json'
import { serve } from './title-test-kit'

/** Deadpool (2016) from real Trakt bodies; some sections were recorded for other movies, which is fine here. */
export const movieHandlers = [
  serve('/movies/:id', summary),
  serve('/movies/:id/people', people),
  serve('/movies/:id/ratings', ratings),
  serve('/movies/:id/stats', stats),
  serve('/movies/:id/related', related),
  serve('/movies/:id/aliases', aliases),
  // The app asks for every language and every country: the trailing parameter is left out.
  serve('/movies/:id/translations', translations),
  serve('/movies/:id/releases', releases),
  serve('/movies/:id/lists/:type/:sort', lists, {
    'X-Pagination-Item-Count': '1234',
    'X-Pagination-Page': '1',
    'X-Pagination-Limit': '10',
    'X-Pagination-Page-Count': '124',
  }),
  serve('/movies/:id/watching', watching),
  serve('/movies/:id/studios', studios),
]
