import { createTraktClient, type TokenSource } from '@/lib/trakt/client'
import { createScheduler, type SchedulerOptions } from '@/lib/trakt/scheduler'
import { setupSandboxServer, TEST_URLS, type SandboxServer } from '../../support/sandbox-server'

export const API = TEST_URLS.apiUrl
export const CLIENT_ID = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'

/**
 * The one sandbox server for a client test file: per-test `server.use` handlers answer in front of the sandbox and
 * are dropped after each test; a request neither they nor the sandbox answer fails the test. The tests answer their
 * own calls, so the file shares one seeded sandbox (a fresh full seed per test would cost a quarter second each).
 */
export function startServer() {
  const box = setupSandboxServer()
  beforeAll(() => box.server.listen({ onUnhandledRequest: 'error' }))
  afterEach(() => {
    box.server.resetHandlers()
    box.server.events.removeAllListeners()
  })
  afterAll(() => box.server.close())
  return box.server
}

export type WireRequest = { method: string; url: URL; headers: Headers; body: string }

/** Every request that reached the (fake) network, in order, whichever handler answered it. */
export function recordWire(server: SandboxServer['server']): WireRequest[] {
  const wire: WireRequest[] = []
  server.events.on('request:start', ({ request }) => {
    wire.push({ method: request.method, url: new URL(request.url), headers: request.headers, body: '' })
    const entry = wire[wire.length - 1]!
    void request
      .clone()
      .text()
      .then((text) => {
        entry.body = text
      })
  })
  return wire
}

/** A scheduler that never makes a test wait: no write gap, no retries, no backoff. */
export function instantScheduler(overrides: Partial<SchedulerOptions> = {}) {
  return createScheduler({
    getBudget: 10_000,
    writeIntervalMs: 0,
    maxTries: 1,
    backoffBaseMs: 0,
    max429Waits: 0,
    ...overrides,
  })
}

export function makeClient(
  options: { tokens?: TokenSource; scheduler?: ReturnType<typeof createScheduler> } = {},
) {
  return createTraktClient({
    apiUrl: API,
    clientId: CLIENT_ID,
    scheduler: options.scheduler ?? instantScheduler(),
    ...(options.tokens ? { tokens: options.tokens } : {}),
  })
}

/** A token source with a fixed token and a refresh that reports its calls. */
export function staticTokens(token: string | null, refreshed: string | null = null) {
  return {
    getAccessToken: vi.fn(() => token),
    refreshAfterUnauthorized: vi.fn(async (_old: string) => refreshed),
  } satisfies TokenSource
}

/** A promise resolved from outside, to hold a response in flight. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((r) => {
    resolve = r
  })
  return { promise, resolve }
}
