import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, redirect, type RouteObject } from 'react-router'
import { RootHydrateFallback, RootLayout } from './layout/root-layout'
import { currentSession } from '@/lib/auth/session'
import type { RouteHandle } from './layout/route-handle'
import { RootErrorBoundary, RouteErrorBoundary } from './lazy-error-boundaries'
import type { PageLoader } from './routes/page-loader'

type Module = { Component: NonNullable<RouteObject['Component']>; loader?: PageLoader }

/**
 * A page: one lazy route module holds its component and, where the page has main data (`loads`), its loader.
 * React Router asks for both when the route matches, so the page's requests start the moment its module arrives
 * (index.html preloads that module next to the entry on a first visit), before React renders; the loaders stay
 * out of the entry chunk. Only those routes get a loader: a route with one makes every navigation to it wait a
 * tick for it, and URL state written twice in that tick (two filters at once) would lose the first write.
 */
function routePages(queryClient: QueryClient) {
  return function page(
    path: string,
    load: () => Promise<Module>,
    title: RouteHandle['title'],
    options: { loads?: boolean } = {},
  ): RouteObject {
    const handle: RouteHandle = { title }
    const Component = async () => (await load()).Component
    if (!options.loads) return { path, handle, lazy: { Component } }
    return {
      path,
      handle,
      lazy: {
        Component,
        loader: async () => {
          const { loader } = await load()
          if (!loader) throw new Error(`The route module for ${path} exports no loader.`)
          return (args) => loader(args, queryClient)
        },
      },
      // A new address asks again; a change of the query string alone (a filter, a page) is the page's own state,
      // which its queries follow: no loader run, so the navigation completes at once.
      shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
    }
  }
}

// Paths mirror trakt.tv so a pasted trakt.tv address opens the same thing here.
function pages(queryClient: QueryClient): RouteObject[] {
  const page = routePages(queryClient)
  return [
    // `/` is the signed-in user's day at a glance; for everyone else Discover is the front door.
    {
      index: true,
      handle: { title: 'Home' } satisfies RouteHandle,
      loader: () => (currentSession().status === 'signed-in' ? null : redirect('/discover')),
      lazy: { Component: async () => (await import('./routes/home')).Component },
    },
    page('discover', () => import('./routes/discover'), 'Discover', { loads: true }),
    page('discover/:type/:section', () => import('./routes/discover-section'), 'Discover', { loads: true }),
    page('calendar', () => import('./routes/calendar'), 'Calendar', { loads: true }),
    page('progress', () => import('./routes/progress'), 'Progress'),
    page('watchlist', () => import('./routes/watchlist'), 'Watchlist'),
    page('history', () => import('./routes/history'), 'History', { loads: true }),
    page('playback', () => import('./routes/playback'), 'Continue watching', { loads: true }),
    page('lists', () => import('./routes/lists'), 'Lists'),
    page('lists/:id', () => import('./routes/list'), 'List', { loads: true }),
    page('search', () => import('./routes/search'), 'Search'),
    page('search/:idType/:id', () => import('./routes/search-id'), 'Search'),
    page('profile', () => import('./routes/profile'), 'Profile'),
    page(
      'users/:user',
      () => import('./routes/user'),
      (p) => p.user ?? 'Profile',
    ),
    page('users/:user/lists/:list', () => import('./routes/user-list'), 'List'),
    page('users/:user/history', () => import('./routes/user-history'), 'History', { loads: true }),
    page('movies/:slug', () => import('./routes/movie'), 'Movie', { loads: true }),
    page('shows/:slug', () => import('./routes/show'), 'Show', { loads: true }),
    page(
      'shows/:slug/seasons/:season',
      () => import('./routes/season'),
      (p) => `Season ${p.season ?? ''}`,
      { loads: true },
    ),
    page('shows/:slug/seasons/:season/episodes/:episode', () => import('./routes/episode'), 'Episode', {
      loads: true,
    }),
    page('people/:slug', () => import('./routes/person'), 'Person', { loads: true }),
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
 * The app's route tree, whose loaders fill `queryClient`. The root renders the shell (and the shell with a
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
