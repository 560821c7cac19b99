import type { RequestHandler } from 'msw'
import type { SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'

/** The sandbox's oauth endpoints. */
export function oauthHandlers(_store: SandboxStore, _urls: SandboxUrls): RequestHandler[] {
  return []
}
