import { http, HttpResponse, type JsonBodyType, type RequestHandler } from 'msw'
import type { Movie, SandboxDb, Show } from '../../db/types'
import { extendedLevels, fail, paginate } from '../../http'
import { itemComments, itemLists, ratingsResponse, watchingUsers } from './item-responses'

type TitleKind<T> = {
  type: 'movie' | 'show'
  /** `${apiUrl}/movies` or `${apiUrl}/shows`. */
  base: string
  find: (id: string) => T | undefined
  byId: (id: number) => T | undefined
  serialize: (title: T, levels: Set<string>) => JsonBodyType
}

/**
 * The endpoints movies and shows answer alike from the same sandbox facts: summary, aliases, translations,
 * comments, lists, ratings, related and watching. The kind-specific ones (people, stats, studios, releases,
 * certifications, episodes) stay with each kind.
 */
export function titleHandlers<T extends Movie | Show>(
  db: () => SandboxDb,
  kind: TitleKind<T>,
): RequestHandler[] {
  const { base, type } = kind
  const find = (id: unknown) => kind.find(String(id))
  return [
    http.get(`${base}/:id`, ({ request, params }) => {
      const title = find(params.id)
      return title ? HttpResponse.json(kind.serialize(title, extendedLevels(request))) : fail.notFound()
    }),
    http.get(`${base}/:id/aliases`, ({ params }) => {
      const title = find(params.id)
      return title ? HttpResponse.json(title.extra.aliases) : fail.notFound()
    }),
    http.get(`${base}/:id/translations/:language?`, ({ params }) => {
      const title = find(params.id)
      if (!title) return fail.notFound()
      const language = params.language ? String(params.language).toLowerCase() : null
      return HttpResponse.json(title.extra.translations.filter((t) => !language || t.language === language))
    }),
    http.get(`${base}/:id/comments/:sort?`, ({ request, params }) => {
      const title = find(params.id)
      if (!title) return fail.notFound()
      return itemComments(db(), request, { type, id: title.ids.trakt }, String(params.sort ?? 'newest'))
    }),
    http.get(`${base}/:id/lists/:type?/:sort?`, ({ request, params }) => {
      const title = find(params.id)
      if (!title) return fail.notFound()
      const ref = { type, id: title.ids.trakt }
      return itemLists(
        db(),
        request,
        ref,
        String(params.type ?? 'personal'),
        String(params.sort ?? 'popular'),
      )
    }),
    http.get(`${base}/:id/ratings`, ({ params }) => {
      const title = find(params.id)
      return title ? ratingsResponse(title.rating, title.votes, title.extra.distribution) : fail.notFound()
    }),
    http.get(`${base}/:id/related`, ({ request, params }) => {
      const title = find(params.id)
      if (!title) return fail.notFound()
      const levels = extendedLevels(request)
      const related = title.extra.relatedIds.flatMap((id) => {
        const other = kind.byId(id)
        return other ? [kind.serialize(other, levels)] : []
      })
      return paginate(request, related)
    }),
    http.get(`${base}/:id/watching`, ({ request, params }) => {
      const title = find(params.id)
      return title ? watchingUsers(db(), request, title.extra.watchers, title.ids.trakt) : fail.notFound()
    }),
  ]
}
