import type { RequestHandler } from 'msw'
import type { SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { calendarHandlers } from './calendar-handlers'
import { checkinHandlers } from './checkin-handlers'
import { followHandlers } from './follow-handlers'
import { hiddenHandlers } from './hidden-handlers'
import { libraryReadHandlers } from './library-read-handlers'
import { listItemsHandlers } from './list-items-handlers'
import { listsHandlers } from './lists-handlers'
import { profileHandlers } from './profile-handlers'
import { progressHandlers } from './progress-handlers'
import { recommendationHandlers } from './recommendation-handlers'
import { scrobbleHandlers } from './scrobble-handlers'
import { syncHandlers } from './sync-handlers'
import { targetUser } from './user-access'

/**
 * The sandbox's user endpoints: /sync, /users, /calendars/my, /checkin, /scrobble, show progress and
 * recommendations. MSW matches in order, so fixed paths (/users/settings, /users/requests, /users/hidden)
 * come before /users/:id routes.
 */
export function userHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const api = urls.apiUrl
  return [
    ...progressHandlers(store, api),
    ...syncHandlers(store, api),
    ...followHandlers(store, api),
    ...hiddenHandlers(store, api),
    ...profileHandlers(store, api),
    ...listItemsHandlers(store, api),
    ...listsHandlers(store, api),
    ...libraryReadHandlers(store, `${api}/users/:id`, (request, params) => {
      const who = targetUser(store, request, String(params.id))
      return who instanceof Response ? who : { slug: who.slug }
    }),
    ...calendarHandlers(store, api),
    ...checkinHandlers(store, api),
    ...scrobbleHandlers(store, api),
    ...recommendationHandlers(store, api),
  ]
}
