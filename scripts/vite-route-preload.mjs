import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
// A Vite build plugin (plain JS so vite.config.ts imports it with its extension; types in the .d.mts beside it).

/**
 * The route paths and their modules, read from the router's source: each `'path'` (or `index: true`) followed
 * by the route's `import('./routes/name')` and, when it has one, its loader's `import('./loaders/name')`.
 * Returns `[path, modules]` pairs, each module relative to the router's folder without its extension.
 */
export function readRouteModules(routerSource) {
  const pairs = []
  const pattern =
    /(?:path:\s*|page\(\s*)'([^']*)'|(index:\s*true)|import\(\s*'\.\/((?:routes|loaders)\/[\w-]+)'\s*\)/g
  let current = null
  for (const match of routerSource.matchAll(pattern)) {
    if (match[1] !== undefined || match[2] !== undefined) {
      current = [match[1] ?? '', []]
    } else if (current !== null) {
      if (current[1].length === 0) pairs.push(current)
      current[1].push(match[3])
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
 * the current page's route chunk, its loader's chunk and their static imports before the entry runs: the page's code then
 * downloads next to the entry instead of after it. The entry's own imports are left out (Vite preloads those).
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
        for (const [pattern, modules] of routeModules) {
          const files = new Set()
          for (const module of modules) {
            // `routes/movie` → the chunk whose facade is `src/app/routes/movie.tsx` (`loaders/movie` → `….ts`).
            const id = `${dirname(options.routesDir)}/${module}`
            const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\.tsx?$/, '') === id)
            if (!chunk) {
              this.warn(`no chunk for route module ${module}`)
              continue
            }
            files.add(chunk.fileName)
            for (const file of staticImports(chunk, bundle)) files.add(file)
          }
          const needed = [...files].filter((f) => !skip.has(f))
          if (needed.length > 0) table.push([pattern, needed.map((f) => base + f)])
        }
        table.sort((a, b) => {
          const [sa, sb] = [specificity(a[0]), specificity(b[0])]
          return sb[0] - sa[0] || sb[1] - sa[1]
        })
        // Right before the boot script that reads it (and after <meta charset>, which must come first).
        const data = `<script type="application/json" id="route-chunks">${JSON.stringify(table)}</script>\n    `
        const at = html.indexOf('<script>')
        if (at < 0) throw new Error('index.html has no boot <script> to read the route table')
        return html.slice(0, at) + data + html.slice(at)
      },
    },
  }
}
