import { airedEpisodesOf, episodesUpTo } from '@/features/sync/api/aired-episodes'
import type { TitleItem } from '@/features/sync/api/sync-item'
import { markWatchedBody } from '@/features/sync/api/sync-mutations'
import type {
  CollectionShowEntry,
  SeasonWithEpisodes,
  WatchedShowEntry,
} from '@/features/sync/api/sync-queries'
import {
  addCollected,
  addEpisodePlays,
  isCollectedIn,
  isEpisodeWatchedIn,
  removeAllPlays,
  removeCollected,
  watchedStateOf,
} from '@/features/sync/api/user-state'
import { fixture } from './fake-trakt'

// Real bodies: Chuck (1395) has season 1 episodes 1–4 watched (12 plays in all).
const watchedShows = fixture<WatchedShowEntry[]>('sync_watched_shows__traktpy.json')
const collectedShows = fixture<CollectionShowEntry[]>('sync_collection_shows__traktpy.json')
const seasons = fixture<SeasonWithEpisodes[]>('shows_seasons_extended-full-episodes__trakt-r.json')

const chuck: TitleItem = { type: 'show', ids: { trakt: 1395 }, title: 'Chuck' }
const chuckS1: TitleItem = {
  type: 'season',
  ids: { trakt: 9 },
  title: 'Season 1',
  show: { ids: { trakt: 1395 }, season: 1 },
}
const chuckS1E2: TitleItem = {
  type: 'episode',
  ids: { trakt: 99 },
  title: 'Chuck Versus the Helicopter',
  show: { ids: { trakt: 1395 }, season: 1, episode: 2 },
}

describe('watched state from /sync/watched/shows', () => {
  it('sums a show, a season and an episode', () => {
    expect(watchedStateOf(chuck, undefined, watchedShows)).toEqual({
      plays: 12,
      episodes: 4,
      lastWatchedAt: '2015-03-10T05:21:51.000Z',
    })
    expect(watchedStateOf(chuckS1, undefined, watchedShows).episodes).toBe(4)
    expect(watchedStateOf(chuckS1E2, undefined, watchedShows)).toEqual({
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
    ) as WatchedShowEntry[]
    expect(watchedStateOf(chuckS1E2, undefined, next).plays).toBe(10)
    expect(isEpisodeWatchedIn(next, 1395, 2, 1)).toBe(true)
    expect(watchedStateOf(chuck, undefined, next).lastWatchedAt).toBe('2026-11-26T12:00:00.000Z')
    // The cached array itself is untouched (the rollback snapshot stays valid).
    expect(isEpisodeWatchedIn(watchedShows, 1395, 2, 1)).toBe(false)

    const withoutEpisode = removeAllPlays(next, chuckS1E2) as WatchedShowEntry[]
    expect(isEpisodeWatchedIn(withoutEpisode, 1395, 1, 2)).toBe(false)
    expect(isEpisodeWatchedIn(withoutEpisode, 1395, 1, 1)).toBe(true)
    expect((removeAllPlays(next, chuck) as WatchedShowEntry[]).some((e) => e.show.ids.trakt === 1395)).toBe(
      false,
    )
  })
})

describe('collection state from /sync/collection/shows', () => {
  it('finds collected shows, seasons and episodes and patches them', () => {
    const entry = collectedShows[0]!
    const show: TitleItem = { type: 'show', ids: { trakt: entry.show.ids.trakt }, title: 'x' }
    const season = entry.seasons![0]!
    const episode: TitleItem = {
      type: 'episode',
      ids: { trakt: 1 },
      title: 'e',
      show: { ids: show.ids, season: season.number, episode: season.episodes[0]!.number },
    }
    expect(isCollectedIn(show, undefined, collectedShows)).toBe(true)
    expect(isCollectedIn(episode, undefined, collectedShows)).toBe(true)

    const removed = removeCollected(collectedShows, episode) as CollectionShowEntry[]
    expect(isCollectedIn(episode, undefined, removed)).toBe(false)
    const added = addCollected(
      removed,
      episode,
      { media_type: 'bluray' },
      [],
      '2026-11-26T12:00:00.000Z',
    ) as CollectionShowEntry[]
    expect(isCollectedIn(episode, undefined, added)).toBe(true)
  })
})

describe('episodes for "watched up to"', () => {
  it('lists aired regular episodes in order and cuts at the chosen one', () => {
    const show: TitleItem = { type: 'show', ids: { trakt: 1 }, title: 'x' }
    const aired = airedEpisodesOf(show, seasons, new Date('2030-01-01'))
    expect(aired.length).toBeGreaterThan(0)
    expect(aired.every((e) => e.season > 0)).toBe(true)
    const upTo = episodesUpTo(aired, { season: aired[1]!.season, number: aired[1]!.number })
    expect(upTo).toEqual([
      { season: aired[0]!.season, number: aired[0]!.number },
      { season: aired[1]!.season, number: aired[1]!.number },
    ])
    expect(airedEpisodesOf(show, seasons, new Date('1900-01-01'))).toEqual([])
  })

  it('builds the history body for a whole show, a season and an episode', () => {
    expect(markWatchedBody({ item: chuck, watchedAt: 'released' })).toEqual({
      shows: [{ ids: { trakt: 1395 }, watched_at: 'released' }],
    })
    expect(markWatchedBody({ item: chuckS1, watchedAt: 'released' })).toEqual({
      seasons: [{ ids: { trakt: 9 }, watched_at: 'released' }],
    })
    expect(markWatchedBody({ item: chuckS1E2, watchedAt: '2020-01-01T00:00:00.000Z' })).toEqual({
      episodes: [{ ids: { trakt: 99 }, watched_at: '2020-01-01T00:00:00.000Z' }],
    })
  })
})
