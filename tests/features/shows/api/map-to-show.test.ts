import summary from '../../../fixtures/shows_summary_extended-full-images__trakt-r.json'
import seasons from '../../../fixtures/shows_seasons_extended-full__trakt-r.json'
import seasonsWithEpisodes from '../../../fixtures/shows_seasons_extended-full-episodes__trakt-r.json'
import episodes from '../../../fixtures/shows_season_episodes_extended-full__trakt-r.json'
import lastEpisode from '../../../fixtures/shows_last_episode_extended-full__trakt-r.json'
import {
  mapCertifications,
  mapEpisodes,
  mapSeasons,
  mapToEpisode,
  mapToShow,
  seasonTitle,
} from '@/features/shows/api/map-to-show'

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
