import { http, HttpResponse, type RequestHandler } from 'msw'
import { fail, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'

const isType = (type: unknown): type is 'movies' | 'shows' => type === 'movies' || type === 'shows'

/** Genres, countries, languages, certifications and networks. */
export function referenceHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const ref = () => store.db.reference
  return [
    http.get(`${urls.apiUrl}/genres/:type`, ({ params }) =>
      isType(params.type) ? HttpResponse.json(ref().genres[params.type]) : fail.notFound(),
    ),
    http.get(`${urls.apiUrl}/countries/:type`, ({ params }) =>
      isType(params.type) ? HttpResponse.json(ref().countries) : fail.notFound(),
    ),
    http.get(`${urls.apiUrl}/languages/:type`, ({ params }) =>
      isType(params.type) ? HttpResponse.json(ref().languages) : fail.notFound(),
    ),
    http.get(`${urls.apiUrl}/certifications/:type`, ({ params }) =>
      isType(params.type) ? HttpResponse.json({ us: ref().certifications[params.type] }) : fail.notFound(),
    ),
    http.get(`${urls.apiUrl}/networks`, () => HttpResponse.json(ref().networks)),
  ]
}
