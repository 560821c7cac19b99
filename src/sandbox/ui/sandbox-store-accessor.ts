import type { SandboxStore } from '../store'
import type { SandboxFaults } from '../faults'
import { applyDeviceDecisionsFromOtherTabs } from './device-decisions'

let current: SandboxStore | null = null
let stopListening: (() => void) | null = null

/** Boot code calls this after starting the demo's MSW worker, so the demo's auth pages can reach the store. */
export function setSandboxStore(store: SandboxStore | null): void {
  current = store
  stopListening?.()
  // A device code shown in this tab may be approved on the activation page in another one.
  stopListening = store ? applyDeviceDecisionsFromOtherTabs(store) : null
}

/** The running sandbox's store, or null outside demo mode. */
export function getSandboxStore(): SandboxStore | null {
  return current
}

let currentFaults: SandboxFaults | null = null

/** Boot code hands over the running sandbox's fault controls for the developer panel. */
export function setSandboxFaults(faults: SandboxFaults | null): void {
  currentFaults = faults
}

/** The running sandbox's fault injection, or null outside demo mode. */
export function getSandboxFaults(): SandboxFaults | null {
  return currentFaults
}
