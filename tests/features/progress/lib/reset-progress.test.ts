import { mapShowProgress } from '@/features/progress/api/map-progress'
import { applyReset, markEpisode, nextUncompleted } from '@/features/progress/lib/reset-progress'
import { readFixture } from '../../../support/fixtures'

// The reference's watched progress example: 10 aired in season 1, episodes 1-6 watched on 2015-03-21.
const fixture = () => mapShowProgress(readFixture('shows_progress_watched__traktpy.json'), 'watched')

describe('applyReset', () => {
  it('leaves an answer alone when nothing was watched before reset_at', () => {
    const progress = fixture()
    expect(applyReset(progress, '2015-03-21T19:03:58.000Z')).toBe(progress)
    expect(applyReset({ ...progress, resetAt: null }, null)).toEqual({ ...progress, resetAt: null })
  })

  it('drops plays before reset_at from the counts and starts the next episode again from the first', () => {
    const progress = applyReset(fixture(), '2015-04-01T00:00:00.000Z')
    expect(progress.completed).toBe(0)
    expect(progress.nextEpisode).toMatchObject({ season: 1, number: 1, title: null })
    expect(progress.lastEpisode).toBeNull()
  })

  it('keeps plays since reset_at: the next episode follows the furthest of them', () => {
    const raw = fixture()
    const rewatched = {
      ...raw,
      seasons: raw.seasons.map((s) => ({
        ...s,
        episodes: s.episodes.map((e) => (e.number <= 2 ? { ...e, lastAt: '2015-05-01T00:00:00.000Z' } : e)),
      })),
    }
    const progress = applyReset(rewatched, '2015-04-01T00:00:00.000Z')
    expect(progress.completed).toBe(2)
    expect(progress.nextEpisode).toMatchObject({ season: 1, number: 3 })
  })
})

describe('markEpisode', () => {
  it('counts the episode and names the first one not watched after it', () => {
    const progress = markEpisode(fixture(), 1, 7, '2026-11-26T12:00:00.000Z')
    expect(progress.completed).toBe(7)
    expect(progress.lastAt).toBe('2026-11-26T12:00:00.000Z')
    expect(progress.lastEpisode).toMatchObject({ season: 1, number: 7, title: 'You Win or You Die' })
    expect(progress.nextEpisode).toMatchObject({ season: 1, number: 8 })
  })

  it('has no next episode after the last aired one', () => {
    let progress = fixture()
    for (const n of [7, 8, 9, 10]) progress = markEpisode(progress, 1, n, '2026-11-26T12:00:00.000Z')
    expect(progress.completed).toBe(10)
    expect(progress.nextEpisode).toBeNull()
  })
})

describe('nextUncompleted', () => {
  it('skips specials and moves into the next season', () => {
    const seasons = [
      { number: 0, episodes: [{ number: 1, completed: false, lastAt: null }] },
      { number: 2, episodes: [{ number: 1, completed: false, lastAt: null }] },
      { number: 1, episodes: [{ number: 1, completed: true, lastAt: null }] },
    ]
    expect(nextUncompleted(seasons, { season: 1, number: 1 })).toMatchObject({ season: 2, number: 1 })
    expect(nextUncompleted(seasons, null)).toMatchObject({ season: 2, number: 1 })
  })
})
