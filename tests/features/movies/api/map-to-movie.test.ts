import summary from '../../../fixtures/movies_summary_extended-full__trakt-r.json'
import minimal from '../../../fixtures/movies_summary__trakt-r.json'
import releases from '../../../fixtures/movies_releases__trakt-r.json'
import { mapReleases, mapToMovie } from '@/features/movies/api/map-to-movie'

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

describe('mapReleases', () => {
  it('groups releases by country and sorts them by date', () => {
    const result = mapReleases(releases)
    const us = result.find((group) => group.country === 'us')
    expect(us?.releases.map((r) => r.type)).toEqual(['theatrical', 'physical'])
    expect(result.map((group) => group.country)).toEqual([...result.map((group) => group.country)].sort())
  })
})
