import { scrobbleBody } from '@/features/scrobble/api/scrobble-mutations'

describe('scrobbleBody', () => {
  it('sends the movie (title, year, ids) or the episode (ids) with the progress, as the reference examples do', () => {
    expect(
      scrobbleBody({
        item: {
          type: 'movie',
          ids: { trakt: 28 },
          title: 'Guardians of the Galaxy',
          year: 2014,
          path: '/movies/x',
        },
        progress: 1.25,
      }),
    ).toEqual({ movie: { title: 'Guardians of the Galaxy', year: 2014, ids: { trakt: 28 } }, progress: 1.25 })
    expect(
      scrobbleBody({
        item: { type: 'episode', ids: { trakt: 16 }, title: 'Breaking Bad S01E01 “Pilot”', path: '/shows/x' },
        progress: 99.9,
      }),
    ).toEqual({ episode: { ids: { trakt: 16 } }, progress: 99.9 })
  })
})
