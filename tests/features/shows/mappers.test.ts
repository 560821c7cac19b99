import summary from '../../fixtures/shows_summary_extended-full-images__trakt-r.json'
import seasons from '../../fixtures/shows_seasons_extended-full__trakt-r.json'
import seasonsWithEpisodes from '../../fixtures/shows_seasons_extended-full-episodes__trakt-r.json'
import episodes from '../../fixtures/shows_season_episodes_extended-full__trakt-r.json'
import lastEpisode from '../../fixtures/shows_last_episode_extended-full__trakt-r.json'
import { adjacentEpisodes, adjacentSeasons } from '@/features/shows/api/adjacent-episodes'
import { episodeQueries } from '@/features/shows/api/episode-queries'
import {
  mapCertifications,
  mapEpisodes,
  mapSeasons,
  mapToEpisode,
  mapToShow,
  seasonTitle,
  type Season,
} from '@/features/shows/api/map-to-show'
import { seasonQueries } from '@/features/shows/api/season-queries'
import { showQueries } from '@/features/shows/api/show-queries'
import { localAirTime } from '@/features/shows/components/air-time'
import { staleTime } from '@/lib/stale'

describe('show mappers', () => {
  it('reads a show summary with its airs', () => {
    expect(mapToShow(summary)).toMatchObject({
      title: 'Breaking Bad',
      network: 'AMC',
      status: 'ended',
      airs: { day: 'Sunday', time: '21:00', timezone: 'America/New_York' },
      ids: { slug: 'breaking-bad', tvdb: 81189 },
    })
  })

  it('reads seasons in order, with counts and posters', () => {
    const result = mapSeasons(seasons)
    expect(result.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5])
    expect(result[0]).toMatchObject({ title: 'Specials', episodeCount: 10, airedEpisodes: 8 })
    expect(result[0]!.poster).toMatch(/^https:\/\//)
    const withEpisodes = mapSeasons(seasonsWithEpisodes)
    expect(withEpisodes[1]!.episodes).toHaveLength(6)
    expect(seasonTitle({ number: 0 })).toBe('Specials')
    expect(seasonTitle({ number: 3, title: null })).toBe('Season 3')
  })

  it('reads episodes, tolerating null overviews and missing numbers', () => {
    const list = mapEpisodes(episodes)
    expect(list.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9])
    expect(list[0]).toMatchObject({
      title: 'Space Pilot 3000',
      runtime: 22,
      episodeType: 'series_premiere',
      firstAired: '1999-03-29T01:00:00.000Z',
    })
    expect(mapToEpisode(lastEpisode)).toMatchObject({ season: 23, number: 1163, overview: null })
    expect(mapToEpisode({ title: 'No numbers' })).toBeNull()
  })

  it('reads certifications in either shape', () => {
    expect(mapCertifications([{ certification: 'TV-MA', country: 'US' }])).toEqual([
      { certification: 'TV-MA', country: 'us' },
    ])
    expect(mapCertifications({ certifications: [{ certification: '16', country: 'de' }] })).toEqual([
      { certification: '16', country: 'de' },
    ])
    expect(mapCertifications('TV-MA')).toEqual([])
  })
})

describe('localAirTime', () => {
  const airs = { day: 'Sunday', time: '21:00', timezone: 'America/New_York' }
  const winter = new Date('2026-01-14T12:00:00Z')
  const summer = new Date('2026-07-15T12:00:00Z')

  it('converts the show zone to the user zone, weekday included', () => {
    expect(localAirTime(airs, { timeZone: 'Europe/Berlin', now: winter })).toMatch(/^Mondays at 3:00\sAM$/)
    expect(localAirTime(airs, { timeZone: 'Asia/Tokyo', now: summer })).toMatch(/^Mondays at 10:00\sAM$/)
    expect(localAirTime(airs, { timeZone: 'America/New_York', now: summer })).toMatch(/^Sundays at 9:00\sPM$/)
  })

  it('gives nothing when Trakt leaves a part out', () => {
    expect(localAirTime({ day: null, time: '21:00', timezone: 'America/New_York' })).toBeNull()
    expect(localAirTime({ day: 'Sunday', time: null, timezone: null })).toBeNull()
  })
})

const season = (number: number, episodeCount: number): Season => ({
  ids: { trakt: number, slug: null, imdb: null, tmdb: null, tvdb: null },
  number,
  title: null,
  overview: null,
  firstAired: null,
  network: null,
  rating: null,
  votes: null,
  episodeCount,
  airedEpisodes: episodeCount,
  poster: null,
  episodes: [],
})

describe('adjacentEpisodes', () => {
  const list = mapEpisodes(episodes)
  const all = [season(0, 4), season(1, 9), season(2, 13)]

  it('walks within a season', () => {
    const result = adjacentEpisodes({ season: 1, episode: 2 }, list, all)
    expect(result.previous).toMatchObject({ season: 1, episode: 1, title: 'Space Pilot 3000' })
    expect(result.next).toMatchObject({ season: 1, episode: 3 })
  })

  it('crosses season boundaries but not into specials', () => {
    expect(adjacentEpisodes({ season: 1, episode: 9 }, list, all).next).toMatchObject({
      season: 2,
      episode: 1,
    })
    expect(adjacentEpisodes({ season: 1, episode: 1 }, list, all).previous).toBeNull()
    const s2 = list.map((e) => ({ ...e, season: 2 }))
    expect(adjacentEpisodes({ season: 2, episode: 1 }, s2, all).previous).toMatchObject({
      season: 1,
      episode: 9,
    })
    expect(
      adjacentEpisodes({ season: 2, episode: 9 }, s2, [...all.slice(0, 2), season(2, 9)]).next,
    ).toBeNull()
  })

  it('guesses nothing while the lists are unknown', () => {
    expect(adjacentEpisodes({ season: 1, episode: 2 }, undefined, undefined)).toEqual({
      previous: null,
      next: null,
    })
  })

  it('finds neighbouring seasons', () => {
    expect(adjacentSeasons(1, all)).toMatchObject({ previous: { number: 0 }, next: { number: 2 } })
    expect(adjacentSeasons(7, all)).toEqual({ previous: null, next: null })
  })
})

describe('show, season and episode queries', () => {
  it('share the shows key root and the freshness table', () => {
    expect(showQueries.detail('bb').queryKey).toEqual(['shows', 'detail', 'bb'])
    expect(seasonQueries.episodes('bb', 2).queryKey).toEqual(['shows', 'seasons', 'episodes', 'bb', 2])
    expect(episodeQueries.detail({ slug: 'bb', season: 1, episode: 3 }).queryKey).toEqual([
      'shows',
      'episodes',
      'detail',
      'bb',
      1,
      3,
    ])
    expect(showQueries.people('bb').staleTime).toBe(staleTime.summary)
    expect(seasonQueries.ratings('bb', 1).staleTime).toBe(staleTime.social)
    expect(episodeQueries.watching({ slug: 'bb', season: 1, episode: 3 }).staleTime).toBe(staleTime.live)
  })
})
