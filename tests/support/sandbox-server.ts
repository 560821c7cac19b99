import { setupServer } from 'msw/node'
import { createSandbox, type Sandbox } from '@/sandbox/sandbox'
import { DEMO_USER, type SandboxDb } from '@/sandbox/db/types'
import { TEST_URLS } from './test-urls'

export { TEST_URLS }

/** A fixed "now" so seeded data and assertions do not drift. */
export const TEST_NOW = new Date('2026-11-26T12:00:00.000Z')

/**
 * For a test file whose app must tell the time as the sandbox does (a check-in's time left, a timer, an age): each
 * test starts with the app's clock at TEST_NOW. Only `Date` is faked; timers stay real, so ticks still happen.
 */
export function withSandboxClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(TEST_NOW)
  })
  afterEach(() => vi.useRealTimers())
}

export type SandboxServer = ReturnType<typeof setupSandboxServer>

/**
 * A sandbox on msw/node for one test file; `signIn` issues a token for a seeded user. `now` is a fixed date, or a
 * clock (`() => new Date()` lets fake timers move the sandbox's time, e.g. to expire tokens). `db` builds the
 * database for each fresh sandbox (default: the full seed around `now`).
 */
export function setupSandboxServer(options: { now?: Date | (() => Date); db?: () => SandboxDb } = {}) {
  const fixed = options.now ?? TEST_NOW
  const now = typeof fixed === 'function' ? fixed : () => fixed
  const create = () => createSandbox({ urls: TEST_URLS, now, db: options.db?.() })
  let sandbox: Sandbox = create()
  const server = setupServer(...sandbox.handlers)
  return {
    server,
    get sandbox() {
      return sandbox
    },
    reset() {
      sandbox = create()
      server.resetHandlers(...sandbox.handlers)
    },
    signIn(username = DEMO_USER, token = `token-${username}`) {
      sandbox.store.db.oauth.accessTokens[token] = { username, expires_at: now().getTime() + 7 * 86400_000 }
      return token
    },
  }
}
