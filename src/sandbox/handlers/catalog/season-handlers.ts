import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Episode, ItemRef, Season, Show } from '../../db/types'
import { extendedLevels, fail, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { titlePeople } from './credits'
import {
  commentCount,
  itemComments,
  itemLists,
  listCount,
  ratingsResponse,
  watchingUsers,
} from './item-responses'
import { episodesOf, findEpisode, findSeason, findShow, seasonsOf } from './lookup'
import { serializeEpisode, serializeSeason } from './serialize'

type Params = Record<string, string | readonly string[] | undefined>
type Target = { show: Show; season: Season; episode?: Episode; ref: ItemRef }

/** `/shows/{id}/seasons*`: seasons, episodes and their comments, lists, people, ratings, stats, translations, watching. */
export function seasonHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/shows/:id/seasons`
  const resolve = (params: Params, withEpisode: boolean): Target | null => {
    const show = findShow(store.db, String(params.id))
    const season = show && findSeason(store.db, show.ids.trakt, String(params.season))
    if (!show || !season) return null
    if (!withEpisode) return { show, season, ref: { type: 'season', id: season.ids.trakt } }
    const episode = findEpisode(store.db, show.ids.trakt, String(params.season), String(params.episode))
    return episode ? { show, season, episode, ref: { type: 'episode', id: episode.ids.trakt } } : null
  }
  const episodeIds = (t: Target) =>
    new Set(
      t.episode
        ? [t.episode.ids.trakt]
        : episodesOf(store.db, t.show.ids.trakt, t.season.number).map((e) => e.ids.trakt),
    )

  /** The same sub-resources for a season (`withEpisode` false) and an episode. */
  const subresources = (path: string, withEpisode: boolean): RequestHandler[] => [
    http.get(`${path}/comments/:sort?`, ({ request, params }) => {
      const t = resolve(params, withEpisode)
      return t ? itemComments(store.db, request, t.ref, String(params.sort ?? 'newest')) : fail.notFound()
    }),
    http.get(`${path}/lists/:type?/:sort?`, ({ request, params }) => {
      const t = resolve(params, withEpisode)
      return t
        ? itemLists(
            store.db,
            request,
            t.ref,
            String(params.type ?? 'personal'),
            String(params.sort ?? 'popular'),
          )
        : fail.notFound()
    }),
    http.get(`${path}/people`, ({ request, params }) => {
      const t = resolve(params, withEpisode)
      if (!t) return fail.notFound()
      const levels = extendedLevels(request)
      // Episodes always list their guest stars; seasons only with extended=guest_stars, like Trakt.
      return HttpResponse.json(
        titlePeople(store.db, 'show', t.show.ids.trakt, levels, {
          includeGuests: withEpisode || levels.has('guest_stars'),
          episodeIds: episodeIds(t),
        }),
      )
    }),
    http.get(`${path}/ratings`, ({ params }) => {
      const t = resolve(params, withEpisode)
      if (!t) return fail.notFound()
      const r = t.episode ?? t.season
      return ratingsResponse(r.rating, r.votes)
    }),
    http.get(`${path}/stats`, ({ params }) => {
      const t = resolve(params, withEpisode)
      if (!t) return fail.notFound()
      const share = withEpisode ? 0.02 : 0.1
      const plays = Math.round(t.show.extra.plays * share)
      return HttpResponse.json({
        watchers: Math.round(plays * 0.7),
        plays,
        collectors: Math.round(t.show.extra.collectors * share * 5),
        ...(withEpisode
          ? {}
          : { collected_episodes: Math.round(t.show.extra.collectors * share * 5 * t.season.episode_count) }),
        comments: commentCount(store.db, t.ref),
        lists: listCount(store.db, t.ref),
        votes: (t.episode ?? t.season).votes,
      })
    }),
    http.get(`${path}/translations/:language?`, ({ params }) => {
      const t = resolve(params, withEpisode)
      if (!t) return fail.notFound()
      const language = params.language ? String(params.language).toLowerCase() : null
      const title = t.episode?.title ?? t.season.title
      const overview = t.episode?.overview ?? t.season.overview ?? ''
      const rows = t.show.extra.translations
        .filter((tr) => !language || tr.language === language)
        .map((tr) => ({
          title,
          overview:
            tr.language === 'en' ? overview : `${tr.overview.split(' ').slice(0, 4).join(' ')} ${overview}`,
          language: tr.language,
          country: tr.country,
        }))
      return HttpResponse.json(rows)
    }),
    http.get(`${path}/watching`, ({ request, params }) => {
      const t = resolve(params, withEpisode)
      if (!t) return fail.notFound()
      return watchingUsers(
        store.db,
        request,
        Math.floor(t.show.extra.watchers / (withEpisode ? 4 : 2)),
        (t.episode ?? t.season).ids.trakt,
      )
    }),
  ]

  return [
    http.get(base, ({ request, params }) => {
      const show = findShow(store.db, String(params.id))
      if (!show) return fail.notFound()
      const levels = extendedLevels(request)
      const seasons = seasonsOf(store.db, show.ids.trakt).map((s) => ({
        ...serializeSeason(s, levels),
        ...(levels.has('episodes')
          ? {
              episodes: episodesOf(store.db, show.ids.trakt, s.number).map((e) =>
                serializeEpisode(e, levels),
              ),
            }
          : {}),
      }))
      return HttpResponse.json(seasons)
    }),
    http.get(`${base}/:season`, ({ request, params }) => {
      const show = findShow(store.db, String(params.id))
      if (!show) return fail.notFound()
      const levels = extendedLevels(request)
      // Trakt answers an unknown season number with an empty array, not a 404.
      return HttpResponse.json(
        episodesOf(store.db, show.ids.trakt, Number(params.season)).map((e) => serializeEpisode(e, levels)),
      )
    }),
    http.get(`${base}/:season/info`, ({ request, params }) => {
      const t = resolve(params, false)
      return t ? HttpResponse.json(serializeSeason(t.season, extendedLevels(request))) : fail.notFound()
    }),
    ...subresources(`${base}/:season`, false),
    http.get(`${base}/:season/episodes/:episode`, ({ request, params }) => {
      const t = resolve(params, true)
      return t?.episode
        ? HttpResponse.json(serializeEpisode(t.episode, extendedLevels(request)))
        : fail.notFound()
    }),
    ...subresources(`${base}/:season/episodes/:episode`, true),
  ]
}
