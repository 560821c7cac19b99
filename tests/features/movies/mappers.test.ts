import summary from '../../fixtures/movies_summary_extended-full__trakt-r.json'
import minimal from '../../fixtures/movies_summary__trakt-r.json'
import people from '../../fixtures/movies_people__trakt-r.json'
import ratings from '../../fixtures/movies_ratings__trakt-r.json'
import stats from '../../fixtures/movies_stats__trakt-r.json'
import releases from '../../fixtures/movies_releases__trakt-r.json'
import translations from '../../fixtures/movies_translations__trakt-r.json'
import aliases from '../../fixtures/movies_aliases__trakt-r.json'
import lists from '../../fixtures/movies_lists_personal_popular__trakt-r.json'
import watching from '../../fixtures/shows_watching__traktpy.json'
import seasonRatings from '../../fixtures/shows_season_ratings__trakt-r.json'
import studiosBody from '../../fixtures/movies_studios__traktkit.json'
import { mapReleases, mapToMovie } from '@/features/movies/api/map-to-movie'
import { movieQueries } from '@/features/movies/api/movie-queries'
import { absoluteImageUrl, firstImage, imageAt } from '@/lib/media/images'
import { mapLists, mapWatchers } from '@/lib/media/map-lists'
import { mapPeople } from '@/lib/media/map-people'
import { mapRatings } from '@/lib/media/map-ratings'
import { mapStats } from '@/lib/media/map-stats'
import { mapStudios } from '@/lib/media/map-studios'
import { mapAliases, mapTranslations } from '@/lib/media/map-translations'
import { omitTrailingParams } from '@/lib/media/trailing-params'
import { staleTime } from '@/lib/stale'

describe('images', () => {
  it('prefixes scheme-less Trakt URLs with https and swaps the size segment', () => {
    expect(absoluteImageUrl('media.trakt.tv/images/movies/x/posters/medium/a.jpg.webp')).toBe(
      'https://media.trakt.tv/images/movies/x/posters/medium/a.jpg.webp',
    )
    expect(absoluteImageUrl('http://example.com/a.jpg')).toBe('https://example.com/a.jpg')
    expect(imageAt('https://media.trakt.tv/images/posters/medium/a.jpg', 'thumb')).toBe(
      'https://media.trakt.tv/images/posters/thumb/a.jpg',
    )
    expect(imageAt('https://media.trakt.tv/images/posters/thumb/a.jpg', 'full')).toBe(
      'https://media.trakt.tv/images/posters/full/a.jpg',
    )
    expect(imageAt(null, 'full')).toBeNull()
  })

  it('takes the first usable URL of a kind and tolerates empty or missing arrays', () => {
    expect(firstImage({ poster: [] }, 'poster')).toBeNull()
    expect(firstImage(null, 'poster')).toBeNull()
    expect(firstImage({ poster: [null, '', 'a.tv/p.jpg'] }, 'poster')).toBe('https://a.tv/p.jpg')
  })
})

describe('mapToMovie', () => {
  it('reads an extended summary', () => {
    const movie = mapToMovie(summary)
    expect(movie).toMatchObject({
      title: 'Deadpool',
      year: 2016,
      tagline: 'Feel the love.',
      released: '2016-02-12',
      runtime: 108,
      certification: 'R',
      status: 'released',
      genres: ['action', 'adventure', 'comedy', 'superhero'],
      commentCount: 258,
      hasAfterCredits: true,
      ids: { trakt: 190430, slug: 'deadpool-2016', imdb: 'tt1431045', tmdb: 293660 },
    })
    expect(movie.images.poster).toMatch(/^https:\/\/media\.trakt\.tv\/.+\/posters\/medium\//)
  })

  it('reads a minimal summary with nulls for what is missing', () => {
    expect(mapToMovie(minimal)).toMatchObject({
      title: 'Deadpool',
      tagline: null,
      runtime: null,
      genres: [],
      images: { poster: null, fanart: null },
    })
  })
})

describe('mapPeople', () => {
  it('keeps characters and groups crew by department in Trakt order', () => {
    const result = mapPeople(people)
    expect(result.cast[0]).toMatchObject({
      person: { name: 'Ryan Reynolds', ids: { slug: 'ryan-reynolds' } },
      characters: ['Wade Wilson', 'Deadpool'],
    })
    expect(result.cast[0]!.person.headshot).toMatch(/^https:\/\//)
    const departments = result.crew.map((group) => group.department)
    expect(departments[0]).toBe('directing')
    expect(departments).toContain('costume & make-up')
    expect(result.guestStars).toEqual([])
  })

  it('falls back to the single character and job fields', () => {
    const result = mapPeople({
      cast: [{ character: 'Hal', person: { name: 'A', ids: {} } }],
      crew: { sound: [{ job: 'Mixer', person: { name: 'B' } }, { person: {} }] },
    })
    expect(result.cast[0]!.characters).toEqual(['Hal'])
    expect(result.crew).toEqual([
      { department: 'sound', members: [expect.objectContaining({ jobs: ['Mixer'] })] },
    ])
  })
})

describe('mapRatings', () => {
  it('always gives ten buckets', () => {
    const result = mapRatings(ratings)
    expect(result.rating).toBeCloseTo(8.63)
    expect(result.votes).toBe(74203)
    expect(result.distribution.map((b) => b.score)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    expect(result.distribution[9]).toEqual({ score: 10, count: 24086 })
    expect(mapRatings({ rating: null }).distribution.every((b) => b.count === 0)).toBe(true)
  })

  it('reads ratings keyed by source (seasons, extended=all)', () => {
    const result = mapRatings(seasonRatings)
    expect(result.votes).toBe(3048)
    expect(result.distribution[6]).toEqual({ score: 7, count: 2232 })
  })
})

describe('the other movie mappers', () => {
  it('reads stats, leaving fields Trakt omits as null', () => {
    expect(mapStats(stats)).toMatchObject({ watchers: 299366, plays: 384812, collectedEpisodes: null })
  })

  it('groups releases by country and sorts them by date', () => {
    const result = mapReleases(releases)
    const us = result.find((group) => group.country === 'us')
    expect(us?.releases.map((r) => r.type)).toEqual(['theatrical', 'physical'])
    expect(result.map((group) => group.country)).toEqual([...result.map((group) => group.country)].sort())
  })

  it('drops empty translations and duplicate aliases', () => {
    expect(mapTranslations(translations).length).toBeGreaterThan(0)
    expect(mapTranslations([{ language: 'ar', title: null, overview: null, tagline: null }])).toEqual([])
    const twice = mapAliases([...aliases, ...aliases])
    expect(twice).toHaveLength(mapAliases(aliases).length)
  })

  it('reads lists and watchers, trimming usernames', () => {
    expect(mapLists(lists)[0]).toMatchObject({
      name: 'Sci-Fi',
      itemCount: 1472,
      likes: 262,
      user: { username: 'Usiris', slug: 'usiris' },
    })
    const users = mapWatchers(watching)
    expect(users[0]).toMatchObject({ username: 'Burbs34', slug: 'burbs34' })
  })
})

describe('movieQueries', () => {
  it('uses keys from general to specific and the freshness table', () => {
    expect(movieQueries.detail('tron').queryKey).toEqual(['movies', 'detail', 'tron'])
    expect(movieQueries.releases('tron').queryKey).toEqual(['movies', 'releases', 'tron'])
    expect(movieQueries.detail('tron').staleTime).toBe(staleTime.summary)
    expect(movieQueries.people('tron').staleTime).toBe(staleTime.summary)
    expect(movieQueries.ratings('tron').staleTime).toBe(staleTime.social)
    expect(movieQueries.lists('tron').staleTime).toBe(staleTime.social)
    expect(movieQueries.watching('tron').staleTime).toBe(staleTime.live)
  })
})

describe('mapStudios', () => {
  it('reads names, countries and ids in Trakt order and drops nameless entries', () => {
    const studios = mapStudios([...(studiosBody as unknown[]), { name: '', ids: {} }])
    expect(studios.map((studio) => studio.name).slice(0, 2)).toEqual([
      '20th Century Fox',
      'Marvel Entertainment',
    ])
    expect(studios[0]).toMatchObject({
      country: 'us',
      ids: { trakt: 20, slug: '20th-century-fox', tmdb: 25 },
    })
    expect(studios).toHaveLength((studiosBody as unknown[]).length)
  })
})

describe('omitTrailingParams', () => {
  it('fills the given parameters and drops the unset ones at the end of the path', () => {
    expect(
      omitTrailingParams('https://api.trakt.tv/movies/{id}/releases/{country}', { id: 'deadpool-2016' }),
    ).toBe('https://api.trakt.tv/movies/deadpool-2016/releases')
    expect(
      omitTrailingParams('https://api.trakt.tv/movies/{id}/releases/{country}', {
        id: 'deadpool-2016',
        country: 'de',
      }),
    ).toBe('https://api.trakt.tv/movies/deadpool-2016/releases/de')
    expect(
      omitTrailingParams(
        'https://api.trakt.tv/shows/{id}/seasons/{season}/episodes/{episode}/translations/{language}',
        { id: 'x', season: 1, episode: 2 },
      ),
    ).toBe('https://api.trakt.tv/shows/x/seasons/1/episodes/2/translations')
  })
})
