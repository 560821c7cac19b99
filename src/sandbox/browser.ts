import { del, get, set } from 'idb-keyval'
import { setupWorker } from 'msw/browser'
import type { SandboxDb } from './db/types'
import { createSandbox, type Sandbox } from './sandbox'
import type { SandboxUrls } from './http'
import { setSandboxFaults, setSandboxStore } from './ui/sandbox-store-accessor'

const DB_KEY = 'marquee.sandbox.db'
// Absolute: the worker's scope is the whole app, whatever page the demo starts on.
const WORKER_URL = '/mockServiceWorker.js'
const SCHEMA_VERSION = 1

type Saved = { version: number; db: SandboxDb }

let running: Sandbox | null = null

/** Starts the demo: the sandbox answers Trakt's hosts from a service worker, and its state survives reloads (IndexedDB). */
export async function startDemoSandbox(urls: SandboxUrls): Promise<Sandbox> {
  if (running) return running
  const saved = await get<Saved>(DB_KEY).catch(() => undefined)
  const sandbox = createSandbox({ urls, db: saved?.version === SCHEMA_VERSION ? saved.db : undefined })
  // Save after every change, one write at a time; changes made during a save are written right after it.
  let saving: Promise<void> | null = null
  let isDirty = false
  const save = (): Promise<void> => {
    if (saving) {
      isDirty = true
      return saving
    }
    isDirty = false
    saving = set(DB_KEY, { version: SCHEMA_VERSION, db: sandbox.store.db } satisfies Saved)
      .catch(() => undefined)
      .finally(() => {
        saving = null
        if (isDirty) void save()
      })
    return saving
  }
  const persist = () => void save()
  sandbox.store.persist = async () => {
    await save()
    // A change that arrived during that save is written by the follow-up save.
    if (saving) await saving
  }
  sandbox.store.subscribe(persist)
  if (!saved) persist()
  const worker = setupWorker(...sandbox.handlers)
  await handleWorkerUpdateFailures()
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: WORKER_URL },
  })
  setSandboxStore(sandbox.store)
  setSandboxFaults(sandbox.faults)
  running = sandbox
  // For the developer panel and browser tests.
  ;(window as unknown as { __marqueeSandbox?: Sandbox }).__marqueeSandbox = sandbox
  return sandbox
}

const wrappedRegistrations = new Set<ServiceWorkerRegistration>()

const isDemoWorker = (registration: ServiceWorkerRegistration) =>
  [registration.active, registration.waiting, registration.installing].some((worker) =>
    worker?.scriptURL.endsWith(WORKER_URL),
  )

/**
 * `worker.start()` calls `update()` on the worker's existing registration and leaves the promise unhandled. The
 * worker unregisters itself when the last page it controls unloads (msw's CLIENT_CLOSED), so on a full page load
 * (a reload, an address typed or opened from a bookmark) that update can meet a registration already on its way
 * out and reject with "Failed to update a ServiceWorker ... mockServiceWorker.js: Not found": an uncaught error,
 * although this page stays controlled by the active worker and the demo works. The registration objects of a page
 * are the same objects on every call, so msw's call reaches this wrapper, which lets that failure go quietly.
 */
async function handleWorkerUpdateFailures(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations().catch(() => [])) ?? []
  for (const registration of registrations.filter(isDemoWorker)) {
    const update = registration.update.bind(registration)
    registration.update = () => update().catch(() => registration)
    // Held, so the page keeps this very object (a collected one would be handed out afresh, unwrapped).
    wrappedRegistrations.add(registration)
  }
}

/** Forgets the demo's saved state (the next start seeds afresh). */
export async function resetDemoSandbox(): Promise<void> {
  await del(DB_KEY)
}

/** Stops the worker registration so the real Trakt is reached again. */
export async function stopDemoSandbox(): Promise<void> {
  await resetDemoSandbox()
  const registrations = await navigator.serviceWorker?.getRegistrations().catch(() => [])
  for (const registration of registrations ?? []) {
    if (isDemoWorker(registration)) await registration.unregister()
  }
}
