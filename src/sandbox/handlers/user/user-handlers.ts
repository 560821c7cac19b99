import type { RequestHandler } from 'msw'
import type { SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'

/** The sandbox's user endpoints. */
export function userHandlers(_store: SandboxStore, _urls: SandboxUrls): RequestHandler[] {
  return []
}
