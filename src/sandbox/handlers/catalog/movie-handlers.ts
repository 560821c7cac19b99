import { http, HttpResponse, type RequestHandler } from 'msw'
import { extendedLevels, fail, type SandboxUrls } from '../../http'
import { fixtures } from '../../db/catalog/fixture-data'
import type { SandboxStore } from '../../store'
import { boxOfficeHandler, chartHandlers } from './chart-handlers'
import { titlePeople } from './credits'
import { commentCount, listCount } from './item-responses'
import { findMovie } from './lookup'
import { titleHandlers } from './title-handlers'
import { serializeMovie } from './serialize'

const STUDIOS = ['Marquee Pictures', 'Northlight Films', 'Blue Harbor Entertainment', 'Paper Lantern Studios']

/** `/movies/*`: charts, the summary and everything hanging off it. */
export function movieHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/movies`
  const withMovie = (id: unknown) => findMovie(store.db, String(id))
  return [
    ...chartHandlers(store, urls, 'movies'),
    boxOfficeHandler(store, urls),
    ...titleHandlers(() => store.db, {
      type: 'movie',
      base,
      find: (id) => findMovie(store.db, id),
      byId: (id) => store.db.movies[id],
      serialize: serializeMovie,
    }),
    http.get(`${base}/:id/releases/:country?`, ({ params }) => {
      const movie = withMovie(params.id)
      if (!movie) return fail.notFound()
      const country = params.country ? String(params.country).toLowerCase() : null
      return HttpResponse.json(movie.extra.releases.filter((r) => !country || r.country === country))
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
  ]
}
