import type { SandboxStore } from '../store'
import type { SandboxFaults } from '../faults'

let current: SandboxStore | null = null

/** Boot code calls this after starting the demo's MSW worker, so the demo's auth pages can reach the store. */
export function setSandboxStore(store: SandboxStore | null): void {
  current = store
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
