import { TEST_URLS } from './sandbox-server'
import { sandboxServer } from './render-app'

/** One answer the sandbox gave the app: the request's URL and what Trakt's headers said. */
export type TraktExchange = { url: URL; method: string; status: number; headers: Headers }

/**
 * Records what the app sends to the sandbox's Trakt API in each test of the file, with the answer's status and
 * headers, so a test can check the request and compare what the page shows with what Trakt said.
 */
export function recordTraktTraffic() {
  const exchanges: TraktExchange[] = []
  beforeEach(() => {
    exchanges.length = 0
  })
  sandboxServer.server.events.on('response:mocked', ({ request, response }) => {
    const url = new URL(request.url)
    if (url.origin !== TEST_URLS.apiUrl) return
    exchanges.push({ url, method: request.method, status: response.status, headers: response.headers })
  })
  return {
    /** Every answered request whose path starts with `path` (`/search/`), oldest first. */
    to: (path: string) => exchanges.filter((e) => e.url.pathname.startsWith(path)),
    /** The latest answered request whose path starts with `path`. */
    last: (path: string) => exchanges.filter((e) => e.url.pathname.startsWith(path)).at(-1),
  }
}
