import { setupServer } from 'msw/node'
import { createSandbox, type Sandbox } from '@/sandbox/sandbox'
import { DEMO_USER } from '@/sandbox/db/types'

export const TEST_URLS = { apiUrl: 'https://api.trakt.tv', authUrl: 'https://auth.trakt.tv' }
/** A fixed "now" so seeded data and assertions do not drift. */
export const TEST_NOW = new Date('2026-11-26T12:00:00.000Z')

/** A sandbox on msw/node for one test file; `signIn` issues a token for a seeded user. */
export function setupSandboxServer(options: { now?: Date } = {}) {
  const now = options.now ?? TEST_NOW
  let sandbox: Sandbox = createSandbox({ urls: TEST_URLS, now: () => now })
  const server = setupServer(...sandbox.handlers)
  return {
    server,
    get sandbox() {
      return sandbox
    },
    reset() {
      sandbox = createSandbox({ urls: TEST_URLS, now: () => now })
      server.resetHandlers(...sandbox.handlers)
    },
    signIn(username = DEMO_USER, token = `token-${username}`) {
      sandbox.store.db.oauth.accessTokens[token] = { username, expires_at: now.getTime() + 7 * 86400_000 }
      return token
    },
  }
}
