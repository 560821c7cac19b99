import { http, HttpResponse, type RequestHandler } from 'msw'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { collectionView } from './collection-view'
import { historyView, isListable, serializeHistory } from './history-view'
import { rankedResponse, ratingsView } from './ranked-views'
import { stateOf } from './user-access'
import { watchedMovies, watchedShows } from './watched-view'

/** Finds whose library a request reads, or the error answer (401, 404, private user). */
export type SlugResolver = (
  request: Request,
  params: Record<string, string | readonly string[] | undefined>,
) => { slug: string } | Response

/**
 * The library reads shared by /sync (the signed-in user) and /users/:id (anyone visible):
 * history, ratings, watchlist, favorites, watched and collection.
 */
export function libraryReadHandlers(
  store: SandboxStore,
  base: string,
  resolve: SlugResolver,
): RequestHandler[] {
  const str = (value: string | readonly string[] | undefined) =>
    typeof value === 'string' ? value : undefined

  const history: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const who = resolve(request, params)
    if (who instanceof Response) return who
    const ext = extendedLevels(request)
    const rows = historyView(
      store.db,
      stateOf(store.db, who.slug).history,
      request,
      str(params.type),
      str(params.itemId),
    )
    if (rows === null) return fail.notFound()
    return paginate(
      request,
      rows.filter((e) => isListable(store.db, e)),
      { serialize: (e) => serializeHistory(store.db, e, ext) },
    )
  }

  const ratings: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const who = resolve(request, params)
    if (who instanceof Response) return who
    const rows = ratingsView(
      store.db,
      stateOf(store.db, who.slug).ratings,
      extendedLevels(request),
      str(params.type),
      str(params.rating),
    )
    return rows === null ? fail.notFound() : paginate(request, rows, { optional: true })
  }

  const ranked =
    (kind: 'watchlist' | 'favorites'): Parameters<typeof http.get>[1] =>
    ({ request, params }) => {
      const who = resolve(request, params)
      if (who instanceof Response) return who
      const state = stateOf(store.db, who.slug)
      const response = rankedResponse(
        store.db,
        request,
        state[kind],
        extendedLevels(request),
        str(params.type),
        str(params.sortBy),
        str(params.sortHow),
      )
      return response ?? fail.notFound()
    }

  const watched: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const who = resolve(request, params)
    if (who instanceof Response) return who
    const state = stateOf(store.db, who.slug)
    const ext = extendedLevels(request)
    // Paginated since 2026: 100 a page without `limit`, at most 250.
    const pages = { defaultLimit: 100, maxLimit: 250 }
    if (params.type === 'movies') return paginate(request, watchedMovies(store.db, state, ext), pages)
    if (params.type === 'shows') return paginate(request, watchedShows(store.db, state, ext), pages)
    return fail.notFound()
  }

  const collection: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const who = resolve(request, params)
    if (who instanceof Response) return who
    // The `minimal` variant ignores extended levels: ids and dates only.
    const ext = request.url.includes('/collection/minimal/') ? new Set<string>() : extendedLevels(request)
    const rows = collectionView(store.db, stateOf(store.db, who.slug), str(params.type) ?? '', ext)
    return rows === null ? fail.notFound() : HttpResponse.json(rows)
  }

  return [
    http.get(`${base}/history`, history),
    http.get(`${base}/history/:type`, history),
    http.get(`${base}/history/:type/:itemId`, history),
    http.get(`${base}/ratings`, ratings),
    http.get(`${base}/ratings/:type`, ratings),
    http.get(`${base}/ratings/:type/:rating`, ratings),
    ...(['watchlist', 'favorites'] as const).flatMap((kind) => [
      http.get(`${base}/${kind}`, ranked(kind)),
      http.get(`${base}/${kind}/:type`, ranked(kind)),
      http.get(`${base}/${kind}/:type/:sortBy`, ranked(kind)),
      http.get(`${base}/${kind}/:type/:sortBy/:sortHow`, ranked(kind)),
    ]),
    http.get(`${base}/watched/:type`, watched),
    http.get(`${base}/collection/:type`, collection),
    http.get(`${base}/collection/minimal/:type`, collection),
  ]
}
