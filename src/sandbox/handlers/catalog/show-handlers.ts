import { http, HttpResponse, type RequestHandler } from 'msw'
import { extendedLevels, fail, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { chartHandlers } from './chart-handlers'
import { titlePeople } from './credits'
import { commentCount, listCount } from './item-responses'
import { episodesOf, findShow } from './lookup'
import { serializeEpisode, serializeShow } from './serialize'
import { titleHandlers } from './title-handlers'

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
    ...titleHandlers(() => store.db, {
      type: 'show',
      base,
      find: (id) => findShow(store.db, id),
      byId: (id) => store.db.shows[id],
      serialize: serializeShow,
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
    http.get(`${base}/:id/people`, ({ request, params }) => {
      const show = withShow(params.id)
      if (!show) return fail.notFound()
      const levels = extendedLevels(request)
      return HttpResponse.json(
        titlePeople(store.db, 'show', show.ids.trakt, levels, { includeGuests: levels.has('guest_stars') }),
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
