import { act, renderHook } from '@testing-library/react'
import { startTimer, type WatchTimer } from '@/features/scrobble/lib/watch-timer'
import { readTimer, useWatchTimer, writeTimer } from '@/features/scrobble/lib/watch-timer-store'

const KEY = 'marquee.watch-timer'
const timer = (owner: string, trakt = 12601): WatchTimer =>
  startTimer({
    owner,
    item: {
      type: 'movie',
      ids: { trakt },
      title: 'TRON: Legacy',
      year: 2010,
      path: '/movies/tron-legacy-2010',
    },
    runtimeMinutes: 125,
    fromPercent: 0,
    now: Date.parse('2026-11-26T12:00:00.000Z'),
  })

afterEach(() => localStorage.clear())

describe('the stored watch timer', () => {
  it('lives in localStorage, so a reload reads it back', () => {
    writeTimer(timer('demo'))
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(timer('demo'))
    expect(readTimer()).toEqual(timer('demo'))
    writeTimer(null)
    expect(localStorage.getItem(KEY)).toBeNull()
    expect(readTimer()).toBeNull()
  })

  it('follows writes in this tab and in another one (the storage event), for its owner only', () => {
    const { result } = renderHook(() => useWatchTimer('demo'))
    expect(result.current).toBeNull()
    act(() => writeTimer(timer('demo')))
    expect(result.current?.item.ids.trakt).toBe(12601)

    // Another tab replaces it: localStorage changes there, and this tab hears a storage event.
    act(() => {
      localStorage.setItem(KEY, JSON.stringify(timer('demo', 28)))
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }))
    })
    expect(result.current?.item.ids.trakt).toBe(28)

    // Another account's timer on this browser is not this user's.
    act(() => writeTimer(timer('someone-else')))
    expect(result.current).toBeNull()
  })
})
