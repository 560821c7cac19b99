import type { SandboxStore } from '../store'

let current: SandboxStore | null = null

/** Boot code calls this after starting the demo's MSW worker, so the demo's auth pages can reach the store. */
export function setSandboxStore(store: SandboxStore | null): void {
  current = store
}

/** The running sandbox's store, or null outside demo mode. */
export function getSandboxStore(): SandboxStore | null {
  return current
}
