import { act, render, screen } from '@testing-library/react'
import { RateLimitStatus } from '@/app/layout/rate-limit-status'
import type { SchedulerStatus } from '@/lib/trakt/scheduler'

function fakeScheduler() {
  let status: SchedulerStatus = { pausedUntil: null, pausedLane: null }
  const listeners = new Set<() => void>()
  return {
    status: () => status,
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(next: SchedulerStatus) {
      status = next
      listeners.forEach((l) => l())
    },
  }
}

describe('RateLimitStatus', () => {
  beforeEach(() => vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z') }))
  afterEach(() => vi.useRealTimers())

  it('counts down while Trakt has paused us, then disappears', () => {
    const scheduler = fakeScheduler()
    render(<RateLimitStatus scheduler={scheduler} />)
    expect(screen.getByRole('status')).toBeEmptyDOMElement()

    act(() => scheduler.set({ pausedUntil: Date.now() + 12_000, pausedLane: 'read' }))
    expect(screen.getByRole('status')).toHaveTextContent('Trakt asked us to slow down, resuming in 12 s')

    act(() => vi.advanceTimersByTime(1000))
    expect(screen.getByRole('status')).toHaveTextContent('resuming in 11 s')

    act(() => vi.advanceTimersByTime(5000))
    expect(screen.getByRole('status')).toHaveTextContent('resuming in 6 s')

    act(() => vi.advanceTimersByTime(6000))
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })

  it('says when only changes are paused', () => {
    const scheduler = fakeScheduler()
    scheduler.set({ pausedUntil: Date.now() + 3000, pausedLane: 'write' })
    render(<RateLimitStatus scheduler={scheduler} />)
    expect(screen.getByRole('status')).toHaveTextContent(
      'Trakt asked us to slow down on changes, resuming in 3 s',
    )
  })
})
