import { createBrowserRouter, type RouteObject } from 'react-router'
import { RootHydrateFallback, RootLayout } from './layout/root-layout'
import type { RouteHandle } from './layout/route-handle'
import { RootErrorBoundary, RouteErrorBoundary } from './route-error-boundary'

type Lazy = NonNullable<RouteObject['lazy']>

function page(path: string, lazy: Lazy, title: RouteHandle['title']): RouteObject {
  const handle: RouteHandle = { title }
  return { path, lazy, handle }
}

// Paths mirror trakt.tv so a pasted trakt.tv address opens the same thing here.
const pages: RouteObject[] = [
  { index: true, lazy: () => import('./routes/home') },
  page('discover', () => import('./routes/discover'), 'Discover'),
  page('discover/:type/:section', () => import('./routes/discover-section'), 'Discover'),
  page('calendar', () => import('./routes/calendar'), 'Calendar'),
  page('progress', () => import('./routes/progress'), 'Progress'),
  page('watchlist', () => import('./routes/watchlist'), 'Watchlist'),
  page('lists', () => import('./routes/lists'), 'Lists'),
  page('search', () => import('./routes/search'), 'Search'),
  page('search/:idType/:id', () => import('./routes/search-id'), 'Search'),
  page('profile', () => import('./routes/profile'), 'Profile'),
  page(
    'users/:user',
    () => import('./routes/user'),
    (p) => p.user ?? 'Profile',
  ),
  page('users/:user/lists/:list', () => import('./routes/user-list'), 'List'),
  page('movies/:slug', () => import('./routes/movie'), 'Movie'),
  page('shows/:slug', () => import('./routes/show'), 'Show'),
  page(
    'shows/:slug/seasons/:season',
    () => import('./routes/season'),
    (p) => `Season ${p.season ?? ''}`,
  ),
  page('shows/:slug/seasons/:season/episodes/:episode', () => import('./routes/episode'), 'Episode'),
  page('people/:slug', () => import('./routes/person'), 'Person'),
  page('comments/:id', () => import('./routes/comment'), 'Comment'),
  page('recommendations', () => import('./routes/recommendations'), 'Recommendations'),
  page('settings', () => import('./routes/settings'), 'Settings'),
  page('signin', () => import('./routes/sign-in'), 'Sign in'),
  page('signin/code', () => import('./routes/sign-in-code'), 'Sign in with a code'),
  page('auth/callback', () => import('./routes/auth-callback'), 'Signing in'),
  page('demo/oauth/authorize', () => import('./routes/demo-authorize'), 'Authorize (demo)'),
  page('demo/activate', () => import('./routes/demo-activate'), 'Activate (demo)'),
  page('demo/faults', () => import('./routes/demo-faults'), 'Sandbox faults'),
  page('*', () => import('./routes/not-found'), 'Page not found'),
]

/**
 * The app's route tree. The root renders the shell (and the shell with a skeleton while the first page's code
 * loads, which also keeps React Router from warning about a missing HydrateFallback); a pathless child holds the
 * error boundary so a failing page keeps the header and navigation.
 */
export const routes: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: RootLayout,
    HydrateFallback: RootHydrateFallback,
    ErrorBoundary: RootErrorBoundary,
    children: [{ id: 'pages', ErrorBoundary: RouteErrorBoundary, children: pages }],
  },
]

type AppRouterOptions = Parameters<typeof createBrowserRouter>[1]

/** The browser router with the app's routes. */
export function createAppRouter(options?: AppRouterOptions) {
  return createBrowserRouter(routes, options)
}

export type AppRouter = ReturnType<typeof createAppRouter>
