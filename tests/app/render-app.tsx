import type { RouteObject } from 'react-router'
import { renderApp as renderWithSandbox } from '../support/render-app'

/** Renders the whole app at `path` against the sandbox (optionally with other route objects). */
export function renderApp(path: string, routeObjects?: RouteObject[]) {
  return renderWithSandbox(path, routeObjects ? { routes: routeObjects } : {})
}
