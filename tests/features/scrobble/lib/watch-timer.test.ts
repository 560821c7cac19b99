import {
  formatClock,
  isAtEnd,
  parseTimer,
  pauseTimer,
  positionAt,
  progressAt,
  resumeTimer,
  startTimer,
  type TimerItem,
} from '@/features/scrobble/lib/watch-timer'

const item: TimerItem = {
  type: 'movie',
  ids: { trakt: 12601 },
  title: 'TRON: Legacy',
  year: 2010,
  path: '/movies/tron-legacy-2010',
}
const MIN = 60_000
const t0 = Date.parse('2026-11-26T12:00:00.000Z')

describe('the watch timer clock', () => {
  it('runs over the runtime from the start or a paused percentage, and stops at the end', () => {
    const fresh = startTimer({ owner: 'demo', item, runtimeMinutes: 125, fromPercent: 0, now: t0 })
    expect(progressAt(fresh, t0)).toBe(0)
    expect(progressAt(fresh, t0 + 25 * MIN)).toBe(20)
    expect(isAtEnd(fresh, t0 + 124 * MIN)).toBe(false)
    expect(positionAt(fresh, t0 + 300 * MIN)).toBe(125 * MIN)
    expect(progressAt(fresh, t0 + 300 * MIN)).toBe(100)
    expect(isAtEnd(fresh, t0 + 125 * MIN)).toBe(true)

    const resumed = startTimer({ owner: 'demo', item, runtimeMinutes: 125, fromPercent: 64, now: t0 })
    expect(progressAt(resumed, t0)).toBe(64)
    expect(progressAt(resumed, t0 + 10 * MIN)).toBe(72)
  })

  it('sends progress with two decimals, as the reference’s floats (1.25, 99.9)', () => {
    const timer = startTimer({ owner: 'demo', item, runtimeMinutes: 125, fromPercent: 0, now: t0 })
    // 7 min 13 s of 125 min = 5.7733…%
    expect(progressAt(timer, t0 + 7 * MIN + 13_000)).toBe(5.77)
  })

  it('holds still while paused, and goes on from there when resumed', () => {
    const timer = startTimer({ owner: 'demo', item, runtimeMinutes: 100, fromPercent: 0, now: t0 })
    const paused = pauseTimer(timer, t0 + 30 * MIN)
    expect(progressAt(paused, t0 + 90 * MIN)).toBe(30)
    const playing = resumeTimer(paused, t0 + 90 * MIN)
    expect(progressAt(playing, t0 + 100 * MIN)).toBe(40)
    // Resuming a timer that plays changes nothing.
    expect(resumeTimer(playing, t0 + 200 * MIN)).toBe(playing)
  })

  it('formats positions as a clock', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(45 * MIN + 9_000)).toBe('45:09')
    expect(formatClock(65 * MIN + 9_999)).toBe('1:05:09')
  })

  it('reads back only what it stored', () => {
    const timer = pauseTimer(
      startTimer({ owner: 'demo', item, runtimeMinutes: 100, fromPercent: 0, now: t0 }),
      t0 + MIN,
    )
    expect(parseTimer(JSON.stringify(timer))).toEqual(timer)
    expect(parseTimer(null)).toBeNull()
    expect(parseTimer('{not json')).toBeNull()
    expect(parseTimer(JSON.stringify({ ...timer, runtimeMinutes: 0 }))).toBeNull()
    expect(parseTimer(JSON.stringify({ ...timer, item: { ...item, type: 'show' } }))).toBeNull()
    const { year: _year, ...noYear } = item
    expect(parseTimer(JSON.stringify({ ...timer, item: noYear }))).toBeNull()
  })
})
