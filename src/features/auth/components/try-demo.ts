import { assignLocation } from '@/lib/auth/browser-location'
import { enterDemoMode } from '@/lib/demo'

/** "Try the demo": remember the choice and reload into the sandbox (boot starts it in demo mode). */
export function tryDemo(): void {
  enterDemoMode()
  assignLocation('/?demo=1')
}
