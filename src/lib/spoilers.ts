import { useSession } from './auth/session'
import { readSetting, useSetting, writeSetting } from './settings'

const KEY = 'spoiler-shield'

/** The spoiler shield's stored choice: true/false, or null when the user never chose (then it follows sign-in). */
export function readSpoilerShield(): boolean | null {
  const value = readSetting(KEY)
  return value === 'on' ? true : value === 'off' ? false : null
}

/** Turns the shield on or off on this device. */
export function setSpoilerShield(enabled: boolean): void {
  writeSetting(KEY, enabled ? 'on' : 'off')
}

/**
 * Whether to hide titles, stills and overviews of episodes the user has not watched. On by default for signed-in
 * users (only they have a watch history to compare with); the user's choice is kept in localStorage.
 */
export function useSpoilerShield(): { enabled: boolean; setEnabled: (enabled: boolean) => void } {
  const session = useSession()
  const stored = useSetting(KEY)
  const enabled = stored === 'on' ? true : stored === 'off' ? false : session.status === 'signed-in'
  return { enabled, setEnabled: setSpoilerShield }
}
