import { setupServer } from 'msw/node'
import { createSandbox, type Sandbox } from '@/sandbox/sandbox'
import { DEMO_USER } from '@/sandbox/db/types'

export const TEST_URLS = { apiUrl: 'https://api.trakt.tv', authUrl: 'https://auth.trakt.tv' }
/** A fixed "now" so seeded data and assertions do not drift. */
export const TEST_NOW = new Date('2026-11-26T12:00:00.000Z')

/**
 * A sandbox on msw/node for one test file; `signIn` issues a token for a seeded user. `now` is a fixed date, or a
 * clock (`() => new Date()` lets fake timers move the sandbox's time, e.g. to expire tokens).
 */
export function setupSandboxServer(options: { now?: Date | (() => Date) } = {}) {
  const fixed = options.now ?? TEST_NOW
  const now = typeof fixed === 'function' ? fixed : () => fixed
  let sandbox: Sandbox = createSandbox({ urls: TEST_URLS, now })
  const server = setupServer(...sandbox.handlers)
  return {
    server,
    get sandbox() {
      return sandbox
    },
    reset() {
      sandbox = createSandbox({ urls: TEST_URLS, now })
      server.resetHandlers(...sandbox.handlers)
    },
    signIn(username = DEMO_USER, token = `token-${username}`) {
      sandbox.store.db.oauth.accessTokens[token] = { username, expires_at: now().getTime() + 7 * 86400_000 }
      return token
    },
  }
}
