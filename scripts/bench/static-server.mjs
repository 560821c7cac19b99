// Serves a built dist/ the way a real static host does: compressed (gzip, precomputed once like gzip_static),
// long-cached hashed assets, a no-cache index.html and an SPA fallback for unknown paths.
import { createServer } from 'node:http'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
}
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt'])

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
}

/** Loads every file of `dir` into memory with its gzip form; returns the path → file map. */
function loadFiles(dir) {
  const files = new Map()
  for (const path of walk(dir)) {
    const body = readFileSync(path)
    const ext = extname(path)
    const gzip = COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null
    files.set(`/${relative(dir, path).split('\\').join('/')}`, {
      body,
      gzip,
      type: TYPES[ext] ?? 'application/octet-stream',
    })
  }
  return files
}

/** Starts a static host for `dir` on `port`; `onRequest(path)` sees every request. */
export async function startStaticServer({ dir, port, host = '127.0.0.1', onRequest = () => {} }) {
  const files = loadFiles(dir)
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname)
    onRequest(path)
    let file = files.get(path)
    let name = path
    if (!file && !path.startsWith('/assets/')) {
      file = files.get('/index.html')
      name = '/index.html'
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' })
      res.end('Not found')
      return
    }
    const headers = {
      'Content-Type': file.type,
      'Cache-Control': name.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    }
    const isGzip = file.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')
    const body = isGzip ? file.gzip : file.body
    if (isGzip) headers['Content-Encoding'] = 'gzip'
    headers['Content-Length'] = String(body.length)
    res.writeHead(200, headers)
    res.end(req.method === 'HEAD' ? undefined : body)
  })
  await new Promise((resolve) => server.listen(port, host, resolve))
  return {
    origin: `http://${host}:${port}`,
    /** The gzip body size of the file served at `path` (what a first visit downloads for it, headers aside). */
    gzipBytes: (path) => {
      const file = files.get(path)
      return file ? (file.gzip ?? file.body).length : 0
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
