import { http, HttpResponse, type RequestHandler } from 'msw'
import { extendedLevels, fail, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { personCredits } from './credits'
import { itemLists } from './item-responses'
import { findPerson } from './lookup'
import { serializePerson } from './serialize'

/** `/people/{id}` and the person's movies, shows and lists. */
export function peopleHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/people/:id`
  const withPerson = (id: unknown) => findPerson(store.db, String(id))
  return [
    http.get(base, ({ request, params }) => {
      const person = withPerson(params.id)
      return person ? HttpResponse.json(serializePerson(person, extendedLevels(request))) : fail.notFound()
    }),
    http.get(`${base}/movies`, ({ request, params }) => {
      const person = withPerson(params.id)
      return person
        ? HttpResponse.json(personCredits(store.db, person.ids.trakt, 'movie', extendedLevels(request)))
        : fail.notFound()
    }),
    http.get(`${base}/shows`, ({ request, params }) => {
      const person = withPerson(params.id)
      return person
        ? HttpResponse.json(personCredits(store.db, person.ids.trakt, 'show', extendedLevels(request)))
        : fail.notFound()
    }),
    http.get(`${base}/lists/:type?/:sort?`, ({ request, params }) => {
      const person = withPerson(params.id)
      return person
        ? itemLists(
            store.db,
            request,
            { type: 'person', id: person.ids.trakt },
            String(params.type ?? 'personal'),
            String(params.sort ?? 'popular'),
          )
        : fail.notFound()
    }),
  ]
}
