import type { Plugin } from 'vite'

/** The route paths and their modules, read from the router's source. */
export function readRouteModules(routerSource: string): [pattern: string, module: string][]

/** Writes a path → route chunk table into index.html for its boot script to preload the current page's code. */
export function routePreload(options: {
  router: string
  routesDir: string
  /** The session module: its chunk is preloaded when storage holds a session. */
  session: string
}): Plugin
