import { markWatchedBody } from '@/features/sync/api/sync-mutations'
import { chuck, chuckS1, chuckS1E2 } from './chuck-items'

// The bodies of the reference's POST /sync/history examples.
describe('write bodies', () => {
  it('builds the history body for a whole show, a season and an episode', () => {
    expect(markWatchedBody({ item: chuck, watchedAt: 'released' })).toEqual({
      shows: [{ ids: { trakt: 1395 }, watched_at: 'released' }],
    })
    expect(markWatchedBody({ item: chuckS1, watchedAt: 'released' })).toEqual({
      seasons: [{ ids: { trakt: 9 }, watched_at: 'released' }],
    })
    expect(markWatchedBody({ item: chuckS1E2, watchedAt: '2020-01-01T00:00:00.000Z' })).toEqual({
      episodes: [{ ids: { trakt: 99 }, watched_at: '2020-01-01T00:00:00.000Z' }],
    })
  })

  it('sends a season up to an episode as its show with explicit seasons and episodes', () => {
    const body = markWatchedBody({
      item: chuckS1,
      watchedAt: 'released',
      episodes: [
        { season: 1, number: 1 },
        { season: 1, number: 2 },
      ],
      upTo: { season: 1, number: 2 },
    })
    expect(body).toEqual({
      shows: [
        {
          ids: { trakt: 1395 },
          watched_at: 'released',
          seasons: [{ number: 1, episodes: [{ number: 1 }, { number: 2 }] }],
        },
      ],
    })
  })
})
