import type { TitleItem } from '@/features/sync/api/sync-item'

// Chuck (a show, its first season and an episode of it), as the reference's sync examples name them.
/** Ids with only a Trakt id, as a title the app knows little about. */
export const ids = (trakt: number) => ({ trakt, slug: null, imdb: null, tmdb: null, tvdb: null })
const chuckShow = { ids: ids(1395), title: 'Chuck' }
export const chuck: TitleItem = { type: 'show', ...chuckShow }
export const chuckS1: TitleItem = {
  type: 'season',
  ids: ids(9),
  title: 'Season 1',
  show: { ...chuckShow, season: 1 },
}
export const chuckS1E2: TitleItem = {
  type: 'episode',
  ids: ids(99),
  title: 'Chuck Versus the Helicopter',
  show: { ...chuckShow, season: 1, episode: 2 },
}
