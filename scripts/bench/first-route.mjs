import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The scripts a first visit of `path` needs before its page can render: the entry's (index.html's module script
 * and modulepreload links) and, when the build wrote a route table (scripts/vite-route-preload.mjs), the route's
 * chunk and its imports, matched as index.html's boot script matches them. Chunks that the page loads later, as
 * parts of it come near the viewport, are not in it.
 */
export function firstRouteScripts(dir, path) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const files = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g)].map((m) => m[1]),
  ]
  const table = html.match(/<script type="application\/json" id="route-chunks">(.*?)<\/script>/s)
  if (table) {
    const parts = path.split('/').filter(Boolean)
    const route = JSON.parse(table[1]).routes.find(([pattern]) => {
      const segments = pattern.split('/').filter(Boolean)
      return (
        segments[0] === '*' ||
        (segments.length === parts.length &&
          segments.every((s, i) => s.startsWith(':') || s.toLowerCase() === parts[i].toLowerCase()))
      )
    })
    if (!route) throw new Error(`no route in the table matches ${path}`)
    files.push(...route[1])
  }
  return [...new Set(files)]
}
