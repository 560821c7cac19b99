import summary from '../../../fixtures/people_summary_extended-full__trakt-r.json'
import movies from '../../../fixtures/people_movies_extended-full__trakt-r.json'
import moviesMinimal from '../../../fixtures/people_movies__trakt-r.json'
import shows from '../../../fixtures/people_shows_extended-full__trakt-r.json'
import { ageInYears, mapCredits, mapToPerson } from '@/features/people/api/map-to-person'

describe('person mappers', () => {
  it('reads a person', () => {
    expect(mapToPerson(summary)).toMatchObject({
      name: 'Bryan Cranston',
      birthday: '1956-03-07',
      death: null,
      birthplace: 'Hollywood, Los Angeles, California, USA',
      knownFor: 'acting',
      ids: { imdb: 'nm0186505', tmdb: 17419 },
    })
    expect(mapToPerson(summary).headshot).toMatch(/^https:\/\/.+\/headshots\//)
  })
  it('sorts credits newest first, undated last, and groups crew by department', () => {
    const credits = mapCredits(movies, 'movie')
    const years = credits.cast.map((role) => role.media.year)
    const dated = years.filter((year): year is number => year !== null)
    expect(dated).toEqual([...dated].sort((a, b) => b - a))
    expect(years.slice(dated.length).every((year) => year === null)).toBe(true)
    expect(credits.crew.map((group) => group.department)).toEqual(['directing', 'production', 'writing'])
    const showCredits = mapCredits(shows, 'show')
    expect(
      showCredits.cast.find((role) => role.media.title === "Malcolm in the Middle: Life's Still Unfair"),
    ).toMatchObject({
      characters: ['Hal'],
      episodeCount: 4,
      isSeriesRegular: true,
    })
    expect(showCredits.crew.map((group) => group.department)).toContain('created by')
    expect(mapCredits(moviesMinimal, 'movie').cast.length).toBeGreaterThan(0)
  })
  it('computes ages from calendar dates', () => {
    expect(ageInYears('1956-03-07', new Date(2026, 2, 6))).toBe(69)
    expect(ageInYears('1956-03-07', new Date(2026, 2, 7))).toBe(70)
    expect(ageInYears('1926-06-01', '2016-05-31')).toBe(89)
    expect(ageInYears(null, '2016-05-31')).toBeNull()
  })
})
