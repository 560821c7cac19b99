import type { RequestHandler } from 'msw'
import type { SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'

/** The sandbox's catalog endpoints. */
export function catalogHandlers(_store: SandboxStore, _urls: SandboxUrls): RequestHandler[] {
  return []
}
