import { readFileSync } from 'node:fs'
// A Vite build plugin (plain JS so vite.config.ts imports it with its extension; types in the .d.mts beside it).

/**
 * The route paths and their modules, read from the router's source: each `'path'` (or `index: true`) followed
 * by the route's `import('./routes/name')`.
 */
export function readRouteModules(routerSource) {
  const pairs = []
  const pattern = /(?:path:\s*|page\(\s*)'([^']*)'|(index:\s*true)|import\(\s*'\.\/routes\/([\w-]+)'\s*\)/g
  let path = null
  for (const match of routerSource.matchAll(pattern)) {
    if (match[1] !== undefined) path = match[1]
    else if (match[2] !== undefined) path = ''
    else if (match[3] !== undefined && path !== null) {
      pairs.push([path, match[3]])
      path = null
    }
  }
  return pairs
}

function specificity(pattern) {
  const parts = pattern.split('/').filter(Boolean)
  if (parts[0] === '*') return [-1, 0]
  return [parts.filter((p) => !p.startsWith(':')).length, parts.length]
}

function staticImports(chunk, bundle, seen = new Set()) {
  for (const file of chunk.imports) {
    const next = bundle[file]
    if (!seen.has(file) && next?.type === 'chunk') {
      seen.add(file)
      staticImports(next, bundle, seen)
    }
  }
  return seen
}

/**
 * Writes a path → route chunk table into index.html, so its boot script can add `<link rel="modulepreload">` for
 * the current page's route chunk and that chunk's static imports before the entry runs: the page's code then
 * downloads next to the entry instead of after it. The entry's own imports are left out (Vite preloads those).
 * Beside it go the files of the session module (`options.session`), which boot needs only on a signed-in visit.
 */
export function routePreload(options) {
  let base = '/'
  return {
    name: 'marquee-route-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return
        const routeModules = readRouteModules(readFileSync(options.router, 'utf8'))
        if (routeModules.length === 0) this.warn(`no routes found in ${options.router}`)
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
        const skip = staticImports(entry, bundle).add(entry.fileName)
        /** `[path pattern, files]` pairs, most specific first: what index.html's boot script reads. */
        const table = []
        for (const [pattern, module] of routeModules) {
          const chunk = chunks.find((c) => c.facadeModuleId === `${options.routesDir}/${module}.tsx`)
          if (!chunk) {
            this.warn(`no chunk for route module ${module}`)
            continue
          }
          const files = [chunk.fileName, ...staticImports(chunk, bundle)].filter((f) => !skip.has(f))
          table.push([pattern, files.map((f) => base + f)])
        }
        table.sort((a, b) => {
          const [sa, sb] = [specificity(a[0]), specificity(b[0])]
          return sb[0] - sa[0] || sb[1] - sa[1]
        })
        // The session module's chunk, which boot awaits when storage holds a session (a signed-in visit).
        const session = chunks.find((c) => c.moduleIds.includes(options.session))
        if (!session) this.warn(`no chunk for the session module ${options.session}`)
        const sessionFiles = session ? [session.fileName, ...staticImports(session, bundle)] : []
        const json = JSON.stringify({
          routes: table,
          session: sessionFiles.filter((f) => !skip.has(f)).map((f) => base + f),
        })
        // Right before the boot script that reads it (and after <meta charset>, which must come first).
        const data = `<script type="application/json" id="route-chunks">${json}</script>\n    `
        const at = html.indexOf('<script>')
        if (at < 0) throw new Error('index.html has no boot <script> to read the route table')
        return html.slice(0, at) + data + html.slice(at)
      },
    },
  }
}
