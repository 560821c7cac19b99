import type { RequestHandler } from 'msw'
import { catalogHandlers } from './handlers/catalog/catalog-handlers'
import { oauthHandlers } from './handlers/oauth/oauth-handlers'
import { userHandlers } from './handlers/user/user-handlers'
import type { SandboxUrls } from './http'
import type { SandboxStore } from './store'

/** Every sandbox endpoint, for msw/node (tests) and msw/browser (demo). */
export function createSandboxHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  return [...oauthHandlers(store, urls), ...userHandlers(store, urls), ...catalogHandlers(store, urls)]
}
