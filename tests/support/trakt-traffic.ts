import { TEST_URLS } from './sandbox-server'
import { sandboxServer } from './render-app'

/** One answer the sandbox gave the app: the request's URL and what Trakt's headers said. */
export type TraktExchange = { url: URL; method: string; status: number; headers: Headers }

/**
 * Records what the app sends to the sandbox's Trakt API in each test of the file, with the answer's status and
 * headers, so a test can check the request and compare what the page shows with what Trakt said. A request a
 * previous test left in flight is not counted.
 */
export function recordTraktTraffic() {
  const exchanges: TraktExchange[] = []
  const startedInThisTest = new Set<string>()
  beforeEach(() => {
    exchanges.length = 0
    startedInThisTest.clear()
  })
  sandboxServer.server.events.on('request:start', ({ requestId }) => {
    startedInThisTest.add(requestId)
  })
  sandboxServer.server.events.on('response:mocked', ({ request, requestId, response }) => {
    const url = new URL(request.url)
    if (url.origin !== TEST_URLS.apiUrl || !startedInThisTest.has(requestId)) return
    exchanges.push({ url, method: request.method, status: response.status, headers: response.headers })
  })
  return {
    /** Every answered request whose path starts with `path` (`/search/`), oldest first. */
    to: (path: string) => exchanges.filter((e) => e.url.pathname.startsWith(path)),
    /** The latest answered request whose path starts with `path`. */
    last: (path: string) => exchanges.filter((e) => e.url.pathname.startsWith(path)).at(-1),
  }
}
