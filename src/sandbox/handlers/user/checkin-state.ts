import type { CheckinState } from '../../db/types'
import type { SandboxStore } from '../../store'
import { stateOf } from './user-access'

/** The user's active check-in or scrobble, clearing it once it has expired (the play is already in history). */
export function settleCheckin(store: SandboxStore, slug: string): CheckinState | null {
  const state = stateOf(store.db, slug)
  const checkin = state.checkin
  if (!checkin) return null
  if (Date.parse(checkin.expires_at) > store.now().getTime()) return checkin
  // Expiry is lazy: nothing else reads it, and reads should not trigger persistence.
  state.checkin = null
  return null
}
