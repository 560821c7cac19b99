import { http, HttpResponse, type RequestHandler } from 'msw'
import { extendedLevels, fail, paginate, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { chartHandlers } from './chart-handlers'
import { titlePeople } from './credits'
import {
  commentCount,
  itemComments,
  itemLists,
  listCount,
  ratingsResponse,
  watchingUsers,
} from './item-responses'
import { episodesOf, findShow } from './lookup'
import { serializeEpisode, serializeShow } from './serialize'

/** `/shows/*` apart from seasons and episodes (season-handlers) and progress (another module). */
export function showHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/shows`
  const withShow = (id: unknown) => findShow(store.db, String(id))
  const aired = (showId: number) => {
    const now = store.now()
    return episodesOf(store.db, showId).filter(
      (e) => e.season > 0 && e.first_aired && new Date(e.first_aired) <= now,
    )
  }
  return [
    ...chartHandlers(store, urls, 'shows'),
    http.get(`${base}/:id`, ({ request, params }) => {
      const show = withShow(params.id)
      return show ? HttpResponse.json(serializeShow(show, extendedLevels(request))) : fail.notFound()
    }),
    http.get(`${base}/:id/aliases`, ({ params }) => {
      const show = withShow(params.id)
      return show ? HttpResponse.json(show.extra.aliases) : fail.notFound()
    }),
    http.get(`${base}/:id/certifications`, ({ params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const us = show.certification ?? 'TV-14'
      return HttpResponse.json([
        { certification: us, country: 'us' },
        { certification: us === 'TV-MA' ? '18' : '12', country: 'gb' },
        { certification: us === 'TV-MA' ? '16' : '12', country: 'de' },
      ])
    }),
    http.get(`${base}/:id/translations/:language?`, ({ params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const language = params.language ? String(params.language).toLowerCase() : null
      return HttpResponse.json(show.extra.translations.filter((t) => !language || t.language === language))
    }),
    http.get(`${base}/:id/comments/:sort?`, ({ request, params }) => {
      const show = withShow(params.id)
      return show
        ? itemComments(
            store.db,
            request,
            { type: 'show', id: show.ids.trakt },
            String(params.sort ?? 'newest'),
          )
        : fail.notFound()
    }),
    http.get(`${base}/:id/lists/:type?/:sort?`, ({ request, params }) => {
      const show = withShow(params.id)
      return show
        ? itemLists(
            store.db,
            request,
            { type: 'show', id: show.ids.trakt },
            String(params.type ?? 'personal'),
            String(params.sort ?? 'popular'),
          )
        : fail.notFound()
    }),
    http.get(`${base}/:id/people`, ({ request, params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const levels = extendedLevels(request)
      return HttpResponse.json(
        titlePeople(store.db, 'show', show.ids.trakt, levels, { includeGuests: levels.has('guest_stars') }),
      )
    }),
    http.get(`${base}/:id/ratings`, ({ params }) => {
      const show = withShow(params.id)
      return show ? ratingsResponse(show.rating, show.votes, show.extra.distribution) : fail.notFound()
    }),
    http.get(`${base}/:id/related`, ({ request, params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const levels = extendedLevels(request)
      return paginate(
        request,
        show.extra.relatedIds.flatMap((id) =>
          store.db.shows[id] ? [serializeShow(store.db.shows[id], levels)] : [],
        ),
      )
    }),
    http.get(`${base}/:id/stats`, ({ params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const ref = { type: 'show', id: show.ids.trakt } as const
      return HttpResponse.json({
        watchers: Math.round(show.extra.plays * 0.05),
        plays: show.extra.plays,
        collectors: show.extra.collectors,
        collected_episodes: show.extra.collectors * Math.max(1, show.aired_episodes),
        comments: commentCount(store.db, ref),
        lists: listCount(store.db, ref),
        votes: show.votes,
        favorited: Math.round(show.votes * 0.1),
        recommended: Math.round(show.votes * 0.1),
      })
    }),
    http.get(`${base}/:id/studios`, ({ params }) => {
      const show = withShow(params.id)
      return show ? HttpResponse.json([]) : fail.notFound()
    }),
    http.get(`${base}/:id/watching`, ({ request, params }) => {
      const show = withShow(params.id)
      return show ? watchingUsers(store.db, request, show.extra.watchers, show.ids.trakt) : fail.notFound()
    }),
    http.get(`${base}/:id/next_episode`, ({ request, params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const now = store.now()
      const next = episodesOf(store.db, show.ids.trakt).find(
        (e) => e.season > 0 && e.first_aired && new Date(e.first_aired) > now,
      )
      return next
        ? HttpResponse.json(serializeEpisode(next, extendedLevels(request)))
        : new HttpResponse(null, { status: 204 })
    }),
    http.get(`${base}/:id/last_episode`, ({ request, params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const last = aired(show.ids.trakt)
        .sort((a, b) => a.first_aired!.localeCompare(b.first_aired!))
        .at(-1)
      return last
        ? HttpResponse.json(serializeEpisode(last, extendedLevels(request)))
        : new HttpResponse(null, { status: 204 })
    }),
  ]
}
