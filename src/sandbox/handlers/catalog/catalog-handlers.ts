import type { RequestHandler } from 'msw'
import type { SandboxUrls } from '../../http'
import { imageHandlers } from '../../images'
import type { SandboxStore } from '../../store'
import { calendarHandlers } from './calendar-handlers'
import { commentReadHandlers } from './comment-read-handlers'
import { commentWriteHandlers } from './comment-write-handlers'
import { listHandlers } from './list-handlers'
import { movieHandlers } from './movie-handlers'
import { peopleHandlers } from './people-handlers'
import { referenceHandlers } from './reference-handlers'
import { searchHandlers } from './search-handlers'
import { seasonHandlers } from './season-handlers'
import { showHandlers } from './show-handlers'

/** The sandbox's catalog endpoints (and the generated images they point at). */
export function catalogHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  return [
    ...movieHandlers(store, urls),
    ...seasonHandlers(store, urls),
    ...showHandlers(store, urls),
    ...peopleHandlers(store, urls),
    ...searchHandlers(store, urls),
    ...calendarHandlers(store, urls),
    ...referenceHandlers(store, urls),
    ...commentReadHandlers(store, urls),
    ...commentWriteHandlers(store, urls),
    ...listHandlers(store, urls),
    ...imageHandlers(store),
  ]
}
