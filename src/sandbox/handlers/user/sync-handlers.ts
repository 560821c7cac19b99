import { http, HttpResponse, type RequestHandler } from 'msw'
import { lastActivitiesBody, touchActivities } from '../../db/users/activities'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { collectionWriteHandlers } from './collection-writes'
import { historyWriteHandlers } from './history-writes'
import { libraryReadHandlers } from './library-read-handlers'
import { rankedWriteHandlers } from './ranked-writes'
import { ratingWriteHandlers } from './rating-writes'
import { serializeEpisode, serializeMovie, serializeShow } from '../catalog/serialize'
import { nowIso, requireUser, stateOf } from './user-access'

/** Everything under /sync for the signed-in user. */
export function syncHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const playback: Parameters<typeof http.get>[1] = ({ request, params }) => {
    const slug = requireUser(store, request)
    if (slug instanceof Response) return slug
    const type = params.type as string | undefined
    if (type !== undefined && type !== 'movies' && type !== 'episodes') return fail.notFound()
    const url = new URL(request.url)
    const [startAt, endAt] = [url.searchParams.get('start_at'), url.searchParams.get('end_at')]
    const ext = extendedLevels(request)
    const rows = stateOf(store.db, slug)
      .playback.filter(
        (p) =>
          (!type || `${p.item.type}s` === type) &&
          (!startAt || p.paused_at >= startAt) &&
          (!endAt || p.paused_at <= endAt),
      )
      .sort((a, b) => (a.paused_at < b.paused_at ? 1 : -1))
      .flatMap((p): Record<string, unknown>[] => {
        const base = { progress: p.progress, paused_at: p.paused_at, id: p.id, type: p.item.type }
        if (p.item.type === 'movie') {
          const movie = store.db.movies[p.item.id]
          return movie ? [{ ...base, movie: serializeMovie(movie, ext) }] : []
        }
        const episode = store.db.episodes[p.item.id]
        const show = episode && store.db.shows[episode.showId]
        return episode && show
          ? [{ ...base, episode: serializeEpisode(episode, ext), show: serializeShow(show, ext) }]
          : []
      })
    return paginate(request, rows, { optional: true })
  }

  return [
    http.get(`${apiUrl}/sync/last_activities`, ({ request }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      return HttpResponse.json(
        lastActivitiesBody(stateOf(store.db, slug), store.db.users[slug]?.joined_at ?? store.db.seededAt),
      )
    }),
    http.get(`${apiUrl}/sync/playback`, playback),
    http.get(`${apiUrl}/sync/playback/:type`, playback),
    http.delete(`${apiUrl}/sync/playback/:id`, ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      const state = stateOf(store.db, slug)
      const entry = state.playback.find((p) => p.id === Number(params.id))
      if (!entry) return fail.notFound()
      state.playback = state.playback.filter((p) => p !== entry)
      touchActivities(
        state,
        [entry.item.type === 'movie' ? 'movies.paused_at' : 'episodes.paused_at'],
        nowIso(store),
      )
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
    ...historyWriteHandlers(store, apiUrl),
    ...collectionWriteHandlers(store, apiUrl),
    ...ratingWriteHandlers(store, apiUrl),
    ...rankedWriteHandlers(store, apiUrl),
    ...libraryReadHandlers(store, `${apiUrl}/sync`, (request) => {
      const slug = requireUser(store, request)
      return slug instanceof Response ? slug : { slug }
    }),
  ]
}
