// The sandbox's own MSW handlers, answering real HTTP from Node: the bench's Trakt API host.
// The handlers are the ones the demo and the tests use (src/sandbox/sandbox.ts); this file only adapts
// Node's http requests to Fetch Requests for msw's getResponse, and adds the CORS answers a browser needs
// for a cross-origin API (the preflights that Trakt's own CORS layer answers).
import { createServer as createHttpServer } from 'node:http'
import { gzipSync } from 'node:zlib'
import { getResponse } from 'msw'
import { createServer as createViteServer } from 'vite'

/** Loads one of the checkout's TypeScript modules (`@/` imports and all) through Vite's SSR loader, e.g. `/src/sandbox/sandbox.ts`. */
export async function loadSourceModule(root, path) {
  const vite = await createViteServer({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  })
  try {
    return await vite.ssrLoadModule(path)
  } finally {
    await vite.close()
  }
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Starts the sandbox on `port`, answering as `apiUrl` and `authUrl` (both this server's origin).
 * `onRequest(method, path)` is called for every request (the bench counts them).
 */
export async function startSandboxApi({ root, port, host = '127.0.0.1', onRequest = () => {} }) {
  const origin = `http://${host}:${port}`
  const { createSandbox } = await loadSourceModule(root, '/src/sandbox/sandbox.ts')
  const sandbox = createSandbox({ urls: { apiUrl: origin, authUrl: origin } })

  const server = createHttpServer(async (req, res) => {
    onRequest(req.method, req.url)
    const cors = {
      'Access-Control-Allow-Origin': req.headers.origin ?? '*',
      'Access-Control-Expose-Headers':
        'X-Pagination-Page, X-Pagination-Limit, X-Pagination-Page-Count, X-Pagination-Item-Count, Retry-After, X-Ratelimit',
      Vary: 'Origin',
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': req.headers['access-control-request-headers'] ?? '*',
        'Access-Control-Max-Age': '86400',
      })
      res.end()
      return
    }
    try {
      const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req)
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value)
      }
      const request = new Request(new URL(req.url, origin), { method: req.method, headers, body })
      const response = await getResponse(sandbox.handlers, request)
      if (!response) {
        res.writeHead(404, cors)
        res.end()
        return
      }
      const out = Buffer.from(await response.arrayBuffer())
      const outHeaders = { ...cors }
      response.headers.forEach((value, name) => {
        if (name !== 'content-length' && name !== 'content-encoding') outHeaders[name] = value
      })
      const isGzip = out.length > 512 && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
      const payload = isGzip ? gzipSync(out) : out
      if (isGzip) outHeaders['content-encoding'] = 'gzip'
      outHeaders['content-length'] = String(payload.length)
      res.writeHead(response.status, outHeaders)
      res.end(payload)
    } catch (error) {
      res.writeHead(500, cors)
      res.end(String(error))
    }
  })
  await new Promise((resolve) => server.listen(port, host, resolve))
  return { origin, sandbox, close: () => new Promise((resolve) => server.close(resolve)) }
}
