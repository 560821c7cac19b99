import type { QueryKey } from '@tanstack/react-query'
import { patchQuery, useTraktMutation } from '@/lib/mutation'
import { TraktHttpError } from '@/lib/trakt/errors'
import { trakt } from '@/lib/trakt/trakt'
import { checkInBody, type CheckInVars } from './checkin-body'
import { watchingQueries } from './watching-queries'

/** What each failed write says (with Trakt's reason appended), in the notice and next to its control. */
export const checkinErrors = {
  checkIn: 'Could not check in.',
  cancel: 'Could not cancel the check-in.',
} as const

// The sync feature's keys (its query factory's roots): a check-in records a play at once, and Trakt takes a
// watched movie off the watchlist, so the title page's status follows.
const watchedKey: QueryKey = ['sync', 'watched']
const historyKey: QueryKey = ['sync', 'history']
const watchlistKey: QueryKey = ['sync', 'watchlist']

/**
 * How a check-in ended: done, or Trakt's 409 because another one runs until `expiresAt` (an answer the control
 * explains and offers to resolve, not a failure to report).
 */
export type CheckInOutcome = { kind: 'checked-in' } | { kind: 'conflict'; expiresAt: string | null }

async function checkIn(vars: CheckInVars): Promise<CheckInOutcome> {
  try {
    await trakt().POST('/checkin', { body: checkInBody(vars) })
    return { kind: 'checked-in' }
  } catch (error) {
    if (error instanceof TraktHttpError && error.status === 409)
      return { kind: 'conflict', expiresAt: error.expiresAt ?? null }
    throw error
  }
}

/** `POST /checkin` with the item, the optional message and the chosen sharing. */
export function useCheckIn() {
  return useTraktMutation<CheckInVars, CheckInOutcome>({
    mutationKey: ['checkin'],
    mutationFn: checkIn,
    invalidates: [watchingQueries.all(), watchedKey, historyKey, watchlistKey],
    errorMessage: checkinErrors.checkIn,
  })
}

/** `DELETE /checkin`: ends whatever check-in is active; "watching now" goes at once, and its play with it. */
export function useCancelCheckIn() {
  return useTraktMutation<void>({
    mutationKey: ['checkin'],
    mutationFn: async () => {
      await trakt().DELETE('/checkin')
    },
    optimistic: () => [patchQuery(watchingQueries.user('me'), () => null)],
    invalidates: [watchingQueries.all(), watchedKey, historyKey],
    errorMessage: checkinErrors.cancel,
  })
}
