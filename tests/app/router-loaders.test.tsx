import { waitFor } from '@testing-library/react'
import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { createRoutes } from '@/app/router'
import { createQueryClient } from '@/lib/query-client'
import { resetTrakt } from '@/lib/trakt/trakt'
import '../support/render-app'
import { recordTraktTraffic } from '../support/trakt-traffic'

const trakt = recordTraktTraffic()

/** The page routes, by path: what React Router runs the moment an address matches, before the page's code arrives. */
function pageRoutes() {
  const queryClient = createQueryClient({ retry: false })
  const flat: RouteObject[] = []
  const walk = (routes: RouteObject[]) =>
    routes.forEach((route) => {
      flat.push(route)
      if (route.children) walk(route.children)
    })
  walk(createRoutes(queryClient))
  /** What React Router does when `url` matches `path`: fetch the route module's loader, then call it. */
  const load = async (path: string, url: string, params: Record<string, string>) => {
    const route = flat.find((r) => r.path === path)
    const lazy = route?.lazy as { loader?: () => Promise<(args: LoaderFunctionArgs) => unknown> } | undefined
    if (typeof lazy?.loader !== 'function') throw new Error(`no loader on ${path}`)
    const loader = await lazy.loader()
    const args = { params, request: new Request(`http://localhost${url}`), context: undefined }
    return loader(args as unknown as LoaderFunctionArgs)
  }
  return { queryClient, load, route: (path: string) => flat.find((r) => r.path === path) }
}

describe('route loaders', () => {
  beforeEach(() => resetTrakt({ writeIntervalMs: 0 }))

  it('a movie address asks Trakt for the movie at once, without holding the navigation', async () => {
    const { queryClient, load } = pageRoutes()
    // Returns straight away: the navigation waits for the page's code only.
    expect(await load('movies/:slug', '/movies/deadpool-2016', { slug: 'deadpool-2016' })).toBeNull()
    // The hero's studios line leaves with it, not after the details have come back.
    await waitFor(() =>
      expect(trakt.to('/movies/deadpool-2016').map((e) => e.url.pathname)).toEqual([
        '/movies/deadpool-2016',
        '/movies/deadpool-2016/studios',
      ]),
    )
    expect(trakt.to('/movies/deadpool-2016')[0]!.url.searchParams.get('extended')).toMatch(/full/)
    await waitFor(() =>
      expect(
        queryClient.getQueryCache().find({ queryKey: ['movies', 'detail', 'deadpool-2016'] })?.state.status,
      ).toBe('success'),
    )
  })

  it('a filtered chart address asks for that chart, with its period and filters', async () => {
    const { load } = pageRoutes()
    await load('discover/:type/:section', '/discover/movies/watched?period=monthly&genres=action', {
      type: 'movies',
      section: 'watched',
    })
    await waitFor(() => expect(trakt.to('/movies/watched/monthly')).toHaveLength(1))
    expect(trakt.to('/movies/watched/monthly')[0]!.url.searchParams.get('genres')).toBe('action')
  })

  it('an episode address asks for the episode and its show together', async () => {
    const { load } = pageRoutes()
    await load('shows/:slug/seasons/:season/episodes/:episode', '/shows/breaking-bad/seasons/2/episodes/3', {
      slug: 'breaking-bad',
      season: '2',
      episode: '3',
    })
    await waitFor(() => expect(trakt.to('/shows/breaking-bad/seasons/2/episodes/3')).toHaveLength(1))
    await waitFor(() =>
      expect(trakt.to('/shows/breaking-bad').some((e) => e.url.pathname === '/shows/breaking-bad')).toBe(
        true,
      ),
    )
  })

  it('an address with a malformed season asks Trakt for nothing (the page says it is not found)', async () => {
    const { load } = pageRoutes()
    await load('shows/:slug/seasons/:season', '/shows/breaking-bad/seasons/two', {
      slug: 'breaking-bad',
      season: 'two',
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(trakt.to('/shows/')).toHaveLength(0)
  })

  it('a page without main data has no loader, so two changes to its address in a row both apply', () => {
    const { route } = pageRoutes()
    expect(route('recommendations')?.lazy).not.toHaveProperty('loader')
    expect(route('search')?.lazy).not.toHaveProperty('loader')
  })

  it('a new filter on a chart is the page’s own state: the loader runs again only for a new address', () => {
    const shouldRevalidate = pageRoutes().route('discover/:type/:section')?.shouldRevalidate
    const at = (url: string) => new URL(`http://localhost${url}`)
    const args = (from: string, to: string) =>
      ({ currentUrl: at(from), nextUrl: at(to) }) as Parameters<NonNullable<typeof shouldRevalidate>>[0]
    expect(
      shouldRevalidate?.(args('/discover/movies/trending', '/discover/movies/trending?genres=action')),
    ).toBe(false)
    expect(shouldRevalidate?.(args('/discover/movies/trending', '/discover/shows/trending'))).toBe(true)
  })
})
