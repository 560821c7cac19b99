import { lazy } from 'react'

/**
 * Check-in, the watch timer and resuming a paused position, among a movie's or an episode's signed-in actions: a
 * chunk of its own, which only those actions render (inside their Suspense boundary), so a signed-out first visit
 * never downloads it.
 */
export const WatchActions = lazy(async () => ({
  default: (await import('./watch-actions-panel')).WatchActionsPanel,
}))
