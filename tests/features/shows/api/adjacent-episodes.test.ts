import episodes from '../../../fixtures/shows_season_episodes_extended-full__trakt-r.json'
import { adjacentEpisodes, adjacentSeasons } from '@/features/shows/api/adjacent-episodes'
import { mapEpisodes, type Season } from '@/features/shows/api/map-to-show'

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
