import { setupSandboxServer, TEST_NOW, TEST_URLS, type SandboxServer } from '../../support/sandbox-server'

/** The fixed "now" every catalog test seeds around. */
export const NOW = TEST_NOW
export const API = TEST_URLS.apiUrl

/** The one sandbox server for a catalog test file: one seeded database for the whole file. */
export function catalogServer(): SandboxServer {
  const box = setupSandboxServer()
  beforeAll(() => box.server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => box.server.close())
  return box
}

/** GET/POST... a sandbox path and read the JSON body (null when there is none). */
export async function call<T = unknown>(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await fetch(`${API}${path}`, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T }
}

/** Signs `username` in on the sandbox and returns the headers of a JSON call as that user. */
export function signIn(box: SandboxServer, username: string): Record<string, string> {
  return { Authorization: `Bearer ${box.signIn(username)}`, 'Content-Type': 'application/json' }
}
