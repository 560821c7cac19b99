import moviesTrending from '../../../fixtures/movies_trending__trakt-r.json'
import moviesTrendingFull from '../../../fixtures/movies_trending_extended-full__trakt-r.json'
import moviesPopular from '../../../fixtures/movies_popular__trakt-r.json'
import moviesPopularFull from '../../../fixtures/movies_popular_extended-full__trakt-r.json'
import moviesAnticipated from '../../../fixtures/movies_anticipated__trakt-r.json'
import moviesAnticipatedFull from '../../../fixtures/movies_anticipated_extended-full__trakt-r.json'
import moviesBoxoffice from '../../../fixtures/movies_boxoffice__trakt-r.json'
import moviesPlayed from '../../../fixtures/movies_played_weekly__trakt-r.json'
import moviesWatched from '../../../fixtures/movies_watched_weekly__trakt-r.json'
import moviesCollected from '../../../fixtures/movies_collected_weekly__trakt-r.json'
import moviesUpdates from '../../../fixtures/movies_updates__trakt-r.json'
import showsTrending from '../../../fixtures/shows_trending__trakt-r.json'
import showsTrendingFull from '../../../fixtures/shows_trending_extended-full__trakt-r.json'
import showsPopular from '../../../fixtures/shows_popular__trakt-r.json'
import showsPopularFull from '../../../fixtures/shows_popular_extended-full__trakt-r.json'
import showsAnticipated from '../../../fixtures/shows_anticipated__trakt-r.json'
import showsAnticipatedFull from '../../../fixtures/shows_anticipated_extended-full__trakt-r.json'
import showsPlayed from '../../../fixtures/shows_played_weekly__trakt-r.json'
import showsWatched from '../../../fixtures/shows_watched_weekly__trakt-r.json'
import showsCollected from '../../../fixtures/shows_collected_weekly__trakt-r.json'
import showsUpdates from '../../../fixtures/shows_updates__trakt-r.json'
import { mapChartItem, mapChartPage } from '@/features/discover/api/map-chart-item'
import type { MediaSection, MediaType } from '@/features/discover/lib/discover-sections'

const charts: [string, unknown[], MediaType, MediaSection][] = [
  ['movies trending', moviesTrending, 'movies', 'trending'],
  ['movies trending full', moviesTrendingFull, 'movies', 'trending'],
  ['movies popular', moviesPopular, 'movies', 'popular'],
  ['movies popular full', moviesPopularFull, 'movies', 'popular'],
  ['movies anticipated', moviesAnticipated, 'movies', 'anticipated'],
  ['movies anticipated full', moviesAnticipatedFull, 'movies', 'anticipated'],
  ['movies boxoffice', moviesBoxoffice, 'movies', 'boxoffice'],
  ['movies played', moviesPlayed, 'movies', 'played'],
  ['movies watched', moviesWatched, 'movies', 'watched'],
  ['movies collected', moviesCollected, 'movies', 'collected'],
  ['movies updates', moviesUpdates, 'movies', 'updates'],
  ['shows trending', showsTrending, 'shows', 'trending'],
  ['shows trending full', showsTrendingFull, 'shows', 'trending'],
  ['shows popular', showsPopular, 'shows', 'popular'],
  ['shows popular full', showsPopularFull, 'shows', 'popular'],
  ['shows anticipated', showsAnticipated, 'shows', 'anticipated'],
  ['shows anticipated full', showsAnticipatedFull, 'shows', 'anticipated'],
  ['shows played', showsPlayed, 'shows', 'played'],
  ['shows watched', showsWatched, 'shows', 'watched'],
  ['shows collected', showsCollected, 'shows', 'collected'],
  ['shows updates', showsUpdates, 'shows', 'updates'],
]

describe('mapChartPage', () => {
  it.each(charts)('maps every row of %s', (_name, body, type, section) => {
    const cards = mapChartPage(body, type, section)
    expect(cards).toHaveLength(body.length)
    for (const card of cards) {
      expect(card.kind).toBe(type === 'movies' ? 'movie' : 'show')
      expect(card.traktId).toBeGreaterThan(0)
      expect(card.title).not.toBe('')
      expect(card.href).toBe(`/${type}/${card.slug}`)
    }
  })

  it('reads each wrapper shape into the chart stat', () => {
    expect(mapChartItem(moviesTrending[0], 'movies', 'trending')?.stat).toEqual({
      kind: 'watching',
      value: 3223,
    })
    expect(mapChartItem(moviesBoxoffice[0], 'movies', 'boxoffice')?.stat).toEqual({
      kind: 'revenue',
      value: 29000000,
    })
    expect(mapChartItem(moviesAnticipated[0], 'movies', 'anticipated')?.stat).toEqual({
      kind: 'lists',
      value: 30838,
    })
    expect(mapChartItem(moviesPlayed[0], 'movies', 'played')?.stat).toEqual({ kind: 'plays', value: 19001 })
    expect(mapChartItem(moviesWatched[0], 'movies', 'watched')?.stat).toEqual({
      kind: 'watchers',
      value: 16863,
    })
    expect(mapChartItem(moviesCollected[0], 'movies', 'collected')?.stat).toEqual({
      kind: 'collectors',
      value: 3027,
    })
    expect(mapChartItem(showsUpdates[0], 'shows', 'updates')?.stat).toEqual({
      kind: 'updated',
      value: '2026-06-25T06:15:25.000Z',
    })
    expect(mapChartItem(moviesPopular[0], 'movies', 'popular')).toMatchObject({
      title: 'Superman',
      year: 2025,
      href: '/movies/superman-2025',
      stat: undefined,
    })
  })

  it('prefixes the poster with https:// and picks the thumb size', () => {
    const card = mapChartItem(showsTrendingFull[0], 'shows', 'trending')
    expect(card?.posterUrl).toMatch(/^https:\/\/media\.trakt\.tv\/images\/shows\/.+\/posters\/thumb\/.+/)
    expect(card?.rating).toEqual(expect.any(Number))
  })

  it('tolerates missing and null fields', () => {
    expect(mapChartItem(null, 'movies')).toBeNull()
    expect(mapChartItem({ watchers: 3, movie: null }, 'movies')).toBeNull()
    expect(mapChartItem({ movie: { ids: { trakt: 'x' } } }, 'movies')).toBeNull()
    expect(
      mapChartItem({ ids: { trakt: 7 }, title: null, year: null, images: { poster: [] } }, 'shows'),
    ).toEqual({
      kind: 'show',
      traktId: 7,
      slug: '7',
      title: 'Untitled',
      year: null,
      posterUrl: undefined,
      href: '/shows/7',
      stat: undefined,
      rating: null,
    })
    expect(mapChartPage({ not: 'a list' }, 'movies')).toEqual([])
  })

  it('drops a title repeated within a page', () => {
    expect(mapChartPage([moviesPopular[0], moviesPopular[0]], 'movies')).toHaveLength(1)
  })
})
