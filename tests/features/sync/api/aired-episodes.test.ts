import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { airedEpisodesOf, episodesUpTo } from '@/features/sync/api/aired-episodes'
import { mapSeasonsWithEpisodes } from '@/features/sync/api/map-user-state'
import type { TitleItem } from '@/features/sync/api/sync-item'

const body = JSON.parse(
  readFileSync(
    resolve(process.cwd(), 'tests/fixtures/shows_seasons_extended-full-episodes__trakt-r.json'),
    'utf8',
  ),
) as { episodes: unknown[] }[]
// The fixture: specials 0x1–0x4 (2013-03-11), season 1 episodes 1–6 (2013-01-15 to 2013-02-19) and season 2
// episodes 1–6 (2014-07-14 to 2014-08-12). Served backwards, so only sorting puts them in order.
const shuffled = mapSeasonsWithEpisodes(
  [...body].reverse().map((season) => ({ ...season, episodes: [...season.episodes].reverse() })),
)

const ids = (trakt: number) => ({ trakt, slug: null, imdb: null, tmdb: null, tvdb: null })
const show: TitleItem = { type: 'show', ids: ids(1), title: 'x' }
const seasonTwo: TitleItem = {
  type: 'season',
  ids: ids(2),
  title: 'Season 2',
  show: { ids: ids(1), season: 2 },
}
const code = (e: { season: number; number: number }) => `${e.season}x${e.number}`

describe('episodes for "watched up to"', () => {
  it('lists aired regular episodes in order, leaving out specials and what has not aired', () => {
    expect(airedEpisodesOf(show, shuffled, new Date('2030-01-01')).map(code)).toEqual([
      '1x1',
      '1x2',
      '1x3',
      '1x4',
      '1x5',
      '1x6',
      '2x1',
      '2x2',
      '2x3',
      '2x4',
      '2x5',
      '2x6',
    ])
    // 2x2 aired on 2014-07-15, 2x3 on 2014-07-22.
    expect(airedEpisodesOf(show, shuffled, new Date('2014-07-20')).map(code)).toEqual([
      '1x1',
      '1x2',
      '1x3',
      '1x4',
      '1x5',
      '1x6',
      '2x1',
      '2x2',
    ])
    expect(airedEpisodesOf(show, shuffled, new Date('1900-01-01'))).toEqual([])
  })

  it('covers one season for a season', () => {
    expect(airedEpisodesOf(seasonTwo, shuffled, new Date('2030-01-01')).map(code)).toEqual([
      '2x1',
      '2x2',
      '2x3',
      '2x4',
      '2x5',
      '2x6',
    ])
  })

  it('cuts at the chosen episode', () => {
    const aired = airedEpisodesOf(show, shuffled, new Date('2030-01-01'))
    expect(episodesUpTo(aired, { season: 2, number: 1 }).map(code)).toEqual([
      '1x1',
      '1x2',
      '1x3',
      '1x4',
      '1x5',
      '1x6',
      '2x1',
    ])
    expect(episodesUpTo(aired, null)).toHaveLength(12)
  })
})
