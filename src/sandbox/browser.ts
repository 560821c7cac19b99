import { del, get, set } from 'idb-keyval'
import { setupWorker } from 'msw/browser'
import type { SandboxDb } from './db/types'
import { createSandbox, type Sandbox } from './sandbox'
import type { SandboxUrls } from './http'
import { setSandboxFaults, setSandboxStore } from './ui/sandbox-store-accessor'

const DB_KEY = 'marquee.sandbox.db'
// Absolute: the worker's scope is the whole app, whatever page the demo starts on.
const WORKER_URL = '/demo-worker.js'
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
  sendClientClosedOnlyOnPagehide()
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: WORKER_URL },
  })
  await untilControlled()
  setSandboxStore(sandbox.store)
  setSandboxFaults(sandbox.faults)
  running = sandbox
  // For the developer panel and browser tests.
  ;(window as unknown as { __marqueeSandbox?: Sandbox }).__marqueeSandbox = sandbox
  return sandbox
}

/**
 * On a first visit the worker is registered and activated while the page runs, and `worker.start()` resolves once
 * it is activated; the page itself becomes controlled a little later (the worker's `clients.claim()` and the page's
 * `controllerchange`). Requests sent in between skip the worker and go to the real Trakt: on a busy machine that
 * was the whole first page. The app starts only when the worker controls this page.
 */
async function untilControlled(): Promise<void> {
  const container = navigator.serviceWorker
  if (container.controller) return
  await new Promise<void>((resolve) => {
    container.addEventListener('controllerchange', () => resolve(), { once: true })
    // Read again: the change may have happened between the check above and the listener.
    if (container.controller) resolve()
  })
}

let closeDeferred = false

/**
 * msw tells its worker "CLIENT_CLOSED" on `beforeunload`, and from then on the worker lets every request of this
 * page through to the network. But a page that is being left keeps running until the next page replaces it (and for
 * good if the user stays): its images and queries went to the real Trakt, on a busy machine dozens of them. So the
 * page drops msw's early message and says it itself on `pagehide`, when it really goes (a page kept in the
 * back-forward cache stays a client and says nothing).
 */
function sendClientClosedOnlyOnPagehide(): void {
  if (closeDeferred || typeof ServiceWorker === 'undefined') return
  closeDeferred = true
  const post = ServiceWorker.prototype.postMessage as (this: ServiceWorker, message: unknown) => void
  ServiceWorker.prototype.postMessage = function (this: ServiceWorker, message: unknown, ...rest: unknown[]) {
    if (message === 'CLIENT_CLOSED') return
    return (post as (...args: unknown[]) => void).call(this, message, ...rest)
  } as ServiceWorker['postMessage']
  window.addEventListener('pagehide', (event) => {
    const controller = navigator.serviceWorker.controller
    if (!event.persisted && controller?.scriptURL.endsWith(WORKER_URL)) post.call(controller, 'CLIENT_CLOSED')
  })
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
 * out and reject with "Failed to update a ServiceWorker ... demo-worker.js: Not found": an uncaught error,
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
