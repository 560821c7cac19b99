import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  mapCollectionShows,
  mapWatchedMovies,
  mapWatchedShows,
  type WatchedShowEntry,
} from '@/features/sync/api/map-user-state'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { chuck, chuckS1, chuckS1E2, ids } from './chuck-items'
import {
  addCollectedShowItem,
  addEpisodePlays,
  isEpisodeWatchedIn,
  isShowItemCollectedIn,
  removeCollectedShowItem,
  removeShowPlays,
  watchedMovieStateOf,
  watchedShowStateOf,
} from '@/features/sync/api/user-state'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures', name), 'utf8'))

// Real bodies: Chuck (1395) has season 1 episodes 1–4 watched, 1 + 9 + 1 + 1 = 12 plays.
const watchedShows = mapWatchedShows(fixture('sync_watched_shows__traktpy.json'))
const collectedShows = mapCollectionShows(fixture('sync_collection_shows__traktpy.json'))

describe('watched state from /sync/watched/shows', () => {
  it('sums a show, a season and an episode', () => {
    expect(watchedShowStateOf(chuck, watchedShows)).toEqual({
      plays: 12,
      episodes: 4,
      lastWatchedAt: '2015-03-10T05:21:51.000Z',
    })
    expect(watchedShowStateOf(chuckS1, watchedShows).episodes).toBe(4)
    expect(watchedShowStateOf(chuckS1E2, watchedShows)).toEqual({
      plays: 9,
      episodes: 1,
      lastWatchedAt: '2015-03-10T05:21:51.000Z',
    })
    expect(isEpisodeWatchedIn(watchedShows, 1395, 1, 4)).toBe(true)
    expect(isEpisodeWatchedIn(watchedShows, 1395, 2, 1)).toBe(false)
  })

  it('adds plays optimistically, creating seasons and episodes, and removes them again', () => {
    const next = addEpisodePlays(
      watchedShows,
      chuck,
      [
        { season: 1, number: 2 },
        { season: 2, number: 1 },
      ],
      '2026-11-26T12:00:00.000Z',
    )
    expect(watchedShowStateOf(chuckS1E2, next).plays).toBe(10)
    expect(isEpisodeWatchedIn(next, 1395, 2, 1)).toBe(true)
    expect(watchedShowStateOf(chuck, next).lastWatchedAt).toBe('2026-11-26T12:00:00.000Z')
    // The cached array itself is untouched (the rollback snapshot stays valid).
    expect(isEpisodeWatchedIn(watchedShows, 1395, 2, 1)).toBe(false)

    const withoutEpisode = removeShowPlays(next, chuckS1E2)
    expect(isEpisodeWatchedIn(withoutEpisode, 1395, 1, 2)).toBe(false)
    expect(isEpisodeWatchedIn(withoutEpisode, 1395, 1, 1)).toBe(true)
    expect(removeShowPlays(next, chuck).some((e: WatchedShowEntry) => e.show.ids.trakt === 1395)).toBe(false)
  })

  it('reads a movie’s plays from /sync/watched/movies', () => {
    const movies = mapWatchedMovies(fixture('sync_watched_movies__traktpy.json'))
    // The fixture's first movie: 100 Bloody Acres (trakt 86920), two plays.
    const movie: TitleItem = { type: 'movie', ids: ids(86920), title: '100 Bloody Acres' }
    expect(watchedMovieStateOf(movie, movies)).toEqual({
      plays: 2,
      episodes: 0,
      lastWatchedAt: '2014-04-27T13:43:59.000Z',
    })
    expect(watchedMovieStateOf({ ...movie, ids: ids(1) }, movies).plays).toBe(0)
  })
})

describe('collection state from /sync/collection/shows', () => {
  it('finds collected shows, seasons and episodes and patches them', () => {
    const entry = collectedShows[0]!
    const show: TitleItem = { type: 'show', ids: entry.show.ids, title: 'x' }
    const season = entry.seasons[0]!
    const episode: TitleItem = {
      type: 'episode',
      ids: ids(1),
      title: 'e',
      show: { ids: show.ids, season: season.number, episode: season.episodes[0]!.number },
    }
    expect(isShowItemCollectedIn(show, collectedShows)).toBe(true)
    expect(isShowItemCollectedIn(episode, collectedShows)).toBe(true)

    const removed = removeCollectedShowItem(collectedShows, episode)
    expect(isShowItemCollectedIn(episode, removed)).toBe(false)
    const added = addCollectedShowItem(
      removed,
      episode,
      { media_type: 'bluray' },
      [],
      '2026-11-26T12:00:00.000Z',
    )
    expect(isShowItemCollectedIn(episode, added)).toBe(true)
  })
})
