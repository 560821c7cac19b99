import type { RequestHandler } from 'msw'
import { createSeedDb } from './db/create-db'
import type { SandboxDb } from './db/types'
import { createFaults, type SandboxFaults } from './faults'
import { createSandboxHandlers } from './handlers'
import type { SandboxUrls } from './http'
import { createStore, type SandboxStore } from './store'

export type Sandbox = {
  store: SandboxStore
  faults: SandboxFaults
  handlers: RequestHandler[]
  urls: SandboxUrls
}

/** A fake Trakt: seeded database, fault injection in front, every endpoint behind. */
export function createSandbox(options: {
  urls: SandboxUrls
  db?: SandboxDb
  now?: () => Date
  seed?: number
}): Sandbox {
  const now = options.now ?? (() => new Date())
  const store = createStore(options.db ?? createSeedDb({ now: now(), seed: options.seed }), now)
  const faults = createFaults(() => now().getTime())
  const handlers = [...faults.handlers(options.urls), ...createSandboxHandlers(store, options.urls)]
  return { store, faults, handlers, urls: options.urls }
}
