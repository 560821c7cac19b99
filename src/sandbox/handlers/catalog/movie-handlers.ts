import { http, HttpResponse, type RequestHandler } from 'msw'
import { extendedLevels, fail, paginate, type SandboxUrls } from '../../http'
import { fixtures } from '../../db/catalog/fixture-data'
import type { SandboxStore } from '../../store'
import { boxOfficeHandler, chartHandlers } from './chart-handlers'
import { titlePeople } from './credits'
import {
  commentCount,
  itemComments,
  itemLists,
  listCount,
  ratingsResponse,
  watchingUsers,
} from './item-responses'
import { findMovie } from './lookup'
import { serializeMovie } from './serialize'

const STUDIOS = ['Marquee Pictures', 'Northlight Films', 'Blue Harbor Entertainment', 'Paper Lantern Studios']

/** `/movies/*`: charts, the summary and everything hanging off it. */
export function movieHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/movies`
  const withMovie = (id: unknown) => findMovie(store.db, String(id))
  return [
    ...chartHandlers(store, urls, 'movies'),
    boxOfficeHandler(store, urls),
    http.get(`${base}/:id`, ({ request, params }) => {
      const movie = withMovie(params.id)
      return movie ? HttpResponse.json(serializeMovie(movie, extendedLevels(request))) : fail.notFound()
    }),
    http.get(`${base}/:id/aliases`, ({ params }) => {
      const movie = withMovie(params.id)
      return movie ? HttpResponse.json(movie.extra.aliases) : fail.notFound()
    }),
    http.get(`${base}/:id/releases/:country?`, ({ params }) => {
      const movie = withMovie(params.id)
      if (!movie) return fail.notFound()
      const country = params.country ? String(params.country).toLowerCase() : null
      return HttpResponse.json(movie.extra.releases.filter((r) => !country || r.country === country))
    }),
    http.get(`${base}/:id/translations/:language?`, ({ params }) => {
      const movie = withMovie(params.id)
      if (!movie) return fail.notFound()
      const language = params.language ? String(params.language).toLowerCase() : null
      return HttpResponse.json(movie.extra.translations.filter((t) => !language || t.language === language))
    }),
    http.get(`${base}/:id/comments/:sort?`, ({ request, params }) => {
      const movie = withMovie(params.id)
      return movie
        ? itemComments(
            store.db,
            request,
            { type: 'movie', id: movie.ids.trakt },
            String(params.sort ?? 'newest'),
          )
        : fail.notFound()
    }),
    http.get(`${base}/:id/lists/:type?/:sort?`, ({ request, params }) => {
      const movie = withMovie(params.id)
      return movie
        ? itemLists(
            store.db,
            request,
            { type: 'movie', id: movie.ids.trakt },
            String(params.type ?? 'personal'),
            String(params.sort ?? 'popular'),
          )
        : fail.notFound()
    }),
    http.get(`${base}/:id/people`, ({ request, params }) => {
      const movie = withMovie(params.id)
      return movie
        ? HttpResponse.json(
            titlePeople(store.db, 'movie', movie.ids.trakt, extendedLevels(request), {
              includeGuests: false,
            }),
          )
        : fail.notFound()
    }),
    http.get(`${base}/:id/ratings`, ({ params }) => {
      const movie = withMovie(params.id)
      return movie ? ratingsResponse(movie.rating, movie.votes, movie.extra.distribution) : fail.notFound()
    }),
    http.get(`${base}/:id/related`, ({ request, params }) => {
      const movie = withMovie(params.id)
      if (!movie) return fail.notFound()
      const levels = extendedLevels(request)
      const related = movie.extra.relatedIds.flatMap((id) =>
        store.db.movies[id] ? [serializeMovie(store.db.movies[id], levels)] : [],
      )
      return paginate(request, related)
    }),
    http.get(`${base}/:id/stats`, ({ params }) => {
      const movie = withMovie(params.id)
      if (!movie) return fail.notFound()
      const ref = { type: 'movie', id: movie.ids.trakt } as const
      return HttpResponse.json({
        watchers: Math.round(movie.extra.plays * 0.8),
        plays: movie.extra.plays,
        collectors: movie.extra.collectors,
        comments: commentCount(store.db, ref),
        lists: listCount(store.db, ref),
        votes: movie.votes,
        favorited: Math.round(movie.votes * 0.04),
        recommended: Math.round(movie.votes * 0.04),
      })
    }),
    http.get(`${base}/:id/studios`, ({ params }) => {
      const movie = withMovie(params.id)
      if (!movie) return fail.notFound()
      // Recorded studios where the fixtures have them; generated titles have none on record; other real ones get
      // a stable fictional one.
      const recorded = fixtures.movieExtras[movie.ids.slug]?.studios
      if (recorded) return HttpResponse.json(recorded)
      if (movie.ids.trakt >= 9_000_000) return HttpResponse.json([])
      const name = STUDIOS[movie.ids.trakt % STUDIOS.length]!
      return HttpResponse.json([
        {
          name,
          country: 'us',
          ids: {
            trakt: 100 + (movie.ids.trakt % STUDIOS.length),
            slug: name.toLowerCase().replace(/\s+/g, '-'),
            tmdb: 1000 + (movie.ids.trakt % STUDIOS.length),
          },
        },
      ])
    }),
    http.get(`${base}/:id/watching`, ({ request, params }) => {
      const movie = withMovie(params.id)
      return movie ? watchingUsers(store.db, request, movie.extra.watchers, movie.ids.trakt) : fail.notFound()
    }),
  ]
}
