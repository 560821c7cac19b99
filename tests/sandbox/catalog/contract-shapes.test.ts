import { responseProblems } from '../../support/contract'
import { API, call, catalogServer } from './catalog-server'

catalogServer()

// Every GET the catalog answers, checked against the official contract's response schema.
const PATHS = [
  '/movies/trending',
  '/movies/popular',
  '/movies/favorited/weekly',
  '/movies/played/weekly',
  '/movies/watched/weekly',
  '/movies/collected/weekly',
  '/movies/anticipated',
  '/movies/boxoffice',
  '/movies/updates/2026-11-01',
  '/movies/updates/id/2026-11-01',
  '/movies/190430',
  '/movies/190430?extended=full,images',
  '/movies/190430/aliases',
  '/movies/190430/releases/us',
  '/movies/190430/translations/de',
  '/movies/190430/comments/newest',
  '/movies/190430/lists/personal/popular',
  '/movies/190430/people',
  '/movies/190430/ratings',
  '/movies/190430/related',
  '/movies/190430/stats',
  '/movies/190430/studios',
  '/movies/190430/watching',
  '/shows/trending',
  '/shows/popular',
  '/shows/played/weekly',
  '/shows/anticipated',
  '/shows/updates/2026-11-01',
  '/shows/1388?extended=full',
  '/shows/1388/aliases',
  '/shows/1388/translations/de',
  '/shows/1388/comments/newest',
  '/shows/1388/lists/personal/popular',
  '/shows/1388/people?extended=guest_stars',
  '/shows/1388/ratings',
  '/shows/1388/related',
  '/shows/1388/stats',
  '/shows/1388/studios',
  '/shows/1388/watching',
  '/shows/1388/last_episode?extended=full',
  '/shows/1390/seasons?extended=full,episodes',
  '/shows/1390/seasons/1?extended=full',
  '/shows/1390/seasons/1/info?extended=full',
  '/shows/1390/seasons/1/comments/newest',
  '/shows/1390/seasons/1/people',
  '/shows/1390/seasons/1/ratings',
  '/shows/1390/seasons/1/stats',
  '/shows/1390/seasons/1/translations/de',
  '/shows/1390/seasons/1/episodes/1?extended=full',
  '/shows/1390/seasons/1/episodes/1/people',
  '/shows/1390/seasons/1/episodes/1/ratings',
  '/shows/1390/seasons/1/episodes/1/stats',
  '/shows/1390/seasons/1/episodes/1/translations/de',
  '/people/297737?extended=full',
  '/people/297737/movies',
  '/people/297737/shows',
  '/search/movie,show,person,episode,list?query=the',
  '/search/imdb/tt0903747',
  '/calendars/all/shows/2026-11-26/7',
  '/calendars/all/shows/new/2026-11-01/31',
  '/calendars/all/movies/2026-11-01/31',
  '/calendars/all/dvd/2026-11-01/31',
  '/calendars/all/streaming/2026-11-01/31',
  '/calendars/all/shows/premieres/2026-11-01/31',
  '/calendars/all/shows/finales/2026-11-01/31',
  '/calendars/all/media/2026-11-20/7',
  '/genres/movies',
  '/countries/shows',
  '/languages/movies',
  '/certifications/shows',
  '/networks',
  '/lists/trending',
  '/lists/popular',
]

// Where the generated contract contradicts live responses recorded in tests/fixtures, the live shape wins:
// show certifications are `[{ certification, country }]` (contract: a string) and the comment feeds are
// `[{ type, movie|show|..., comment }]` (comments_trending_reviews__trakt-r.json; contract: bare comments).
const LIVE_SHAPES = [
  '/shows/1388/certifications',
  '/comments/trending/all/all',
  '/comments/recent/all/all',
  '/comments/updates/all/all',
]

describe('catalog responses match the contract', () => {
  it.each(PATHS)('GET %s', async (path) => {
    const { status, body } = await call(path)
    expect(status).toBe(200)
    expect(responseProblems('GET', `${API}${path}`, status, body)).toEqual([])
  })

  it.each(LIVE_SHAPES)('GET %s answers the live shape', async (path) => {
    const { status, body } = await call<Record<string, unknown>[]>(path)
    expect(status).toBe(200)
    expect(body.length).toBeGreaterThan(0)
    expect(Object.keys(body[0]!)).toEqual(
      expect.arrayContaining(
        path.includes('certifications') ? ['certification', 'country'] : ['type', 'comment'],
      ),
    )
  })
})
