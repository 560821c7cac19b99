import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type LoaderFunction, type RouteObject } from 'react-router'
import { RootHydrateFallback, RootLayout } from './layout/root-layout'
import type { RouteHandle } from './layout/route-handle'
import { RootErrorBoundary, RouteErrorBoundary } from './route-error-boundary'

type Module = { Component: NonNullable<RouteObject['Component']> }

/**
 * A page: its component and its loader are two lazy chunks that download together (and, on a first visit, next
 * to the entry: the build's route table preloads both). The loader's chunk holds only the feature's query
 * factories, so it arrives first and starts the page's main requests while the component is still on its way.
 *
 * The loaders (`./loaders/*`) only start requests (`prefetch*` never throws, and nothing is awaited): navigation
 * waits for the page's code, not for Trakt, and a failure reaches the page's own query, which shows it (a 404 as
 * the page's "not found", anything else with a Retry), never the route's error boundary. Secondary sections
 * (people, related, comments, the user's own state) load with the page. No loader sends an authenticated request.
 */
function page(
  path: string,
  load: () => Promise<Module>,
  title: RouteHandle['title'],
  loader?: () => Promise<LoaderFunction>,
): RouteObject {
  const handle: RouteHandle = { title }
  return {
    path,
    lazy: { Component: async () => (await load()).Component, ...(loader && { loader }) },
    handle,
  }
}

// Paths mirror trakt.tv so a pasted trakt.tv address opens the same thing here.
function pages(queryClient: QueryClient): RouteObject[] {
  return [
    // `/` has no page of its own: Discover is the front door.
    { index: true, loader: () => redirect('/discover') },
    page(
      'discover',
      () => import('./routes/discover'),
      'Discover',
      async () => (await import('./loaders/discover')).discoverLoader(queryClient),
    ),
    page(
      'discover/:type/:section',
      () => import('./routes/discover-section'),
      'Discover',
      async () => (await import('./loaders/discover-section')).discoverSectionLoader(queryClient),
    ),
    page('calendar', () => import('./routes/calendar'), 'Calendar'),
    page('progress', () => import('./routes/progress'), 'Progress'),
    page('watchlist', () => import('./routes/watchlist'), 'Watchlist'),
    page('lists', () => import('./routes/lists'), 'Lists'),
    page(
      'lists/:id',
      () => import('./routes/list'),
      'List',
      async () => (await import('./loaders/list')).listLoader(queryClient),
    ),
    page('search', () => import('./routes/search'), 'Search'),
    page('search/:idType/:id', () => import('./routes/search-id'), 'Search'),
    page('profile', () => import('./routes/profile'), 'Profile'),
    page(
      'users/:user',
      () => import('./routes/user'),
      (p) => p.user ?? 'Profile',
    ),
    page('users/:user/lists/:list', () => import('./routes/user-list'), 'List'),
    page(
      'movies/:slug',
      () => import('./routes/movie'),
      'Movie',
      async () => (await import('./loaders/movie')).movieLoader(queryClient),
    ),
    page(
      'shows/:slug',
      () => import('./routes/show'),
      'Show',
      async () => (await import('./loaders/show')).showLoader(queryClient),
    ),
    page(
      'shows/:slug/seasons/:season',
      () => import('./routes/season'),
      (p) => `Season ${p.season ?? ''}`,
      async () => (await import('./loaders/season')).seasonLoader(queryClient),
    ),
    page(
      'shows/:slug/seasons/:season/episodes/:episode',
      () => import('./routes/episode'),
      'Episode',
      async () => (await import('./loaders/episode')).episodeLoader(queryClient),
    ),
    page(
      'people/:slug',
      () => import('./routes/person'),
      'Person',
      async () => (await import('./loaders/person')).personLoader(queryClient),
    ),
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
}

/**
 * The app's route tree, with loaders that fill `queryClient`. The root renders the shell (and the shell with a
 * skeleton while the first page's code loads, which also keeps React Router from warning about a missing
 * HydrateFallback); a pathless child holds the error boundary so a failing page keeps the header and navigation.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      path: '/',
      Component: RootLayout,
      HydrateFallback: RootHydrateFallback,
      ErrorBoundary: RootErrorBoundary,
      children: [{ id: 'pages', ErrorBoundary: RouteErrorBoundary, children: pages(queryClient) }],
    },
  ]
}

type AppRouterOptions = NonNullable<Parameters<typeof createBrowserRouter>[1]> & { queryClient: QueryClient }

/** The browser router with the app's routes, whose loaders start each page's requests in `queryClient`. */
export function createAppRouter({ queryClient, ...options }: AppRouterOptions) {
  return createBrowserRouter(createRoutes(queryClient), options)
}

export type AppRouter = ReturnType<typeof createAppRouter>
