import { enterDemoMode } from '@/lib/demo'
import { assignLocation } from './browser-location'

/** "Try the demo": remember the choice and reload into the sandbox (boot starts it in demo mode). */
export function tryDemo(): void {
  enterDemoMode()
  assignLocation('/?demo=1')
}
