import type { Params, UIMatch } from 'react-router'

/** What a route may declare in `handle`. */
export type RouteHandle = {
  /** The page title before " · Marquee"; a function for titles built from params. Pages refine it with useDocumentTitle. */
  title?: string | ((params: Params) => string)
}

/** The title of the deepest route that declares one. */
export function routeTitle(matches: UIMatch[]): string | undefined {
  for (let i = matches.length - 1; i >= 0; i--) {
    const match = matches[i]!
    const handle = match.handle as RouteHandle | undefined
    if (handle?.title) return typeof handle.title === 'function' ? handle.title(match.params) : handle.title
  }
  return undefined
}
