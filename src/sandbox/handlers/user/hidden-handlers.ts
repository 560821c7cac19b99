import { http, HttpResponse, type RequestHandler } from 'msw'
import { type ActivityKey, touchActivities } from '../../db/users/activities'
import type { HiddenEntry, ItemRef } from '../../db/types'
import { extendedLevels, fail, paginate } from '../../http'
import type { SandboxStore } from '../../store'
import { resolveDirect } from './resolve-items'
import { serializeItem } from '../catalog/serialize'
import { nowIso, readBody, requireUser, stateOf } from './user-access'
import { bump, counters, sameRef } from './write-results'

type Section = HiddenEntry['section']

/** What each section may hide (the reference's HIDEABLE MEDIA OBJECTS table, plus dropped shows). */
export const HIDEABLE: Record<Section, ItemRef['type'][]> = {
  calendar: ['movie', 'show'],
  progress_watched: ['show', 'season'],
  progress_collected: ['show', 'season'],
  recommendations: ['movie', 'show'],
  dropped: ['show'],
  comments: [],
}

function activityKeys(section: Section, types: Set<ItemRef['type']>): ActivityKey[] {
  if (section === 'dropped') return ['shows.dropped_at']
  if (section === 'recommendations')
    return [...types].map((t) => (t === 'movie' ? 'movies.recommendations_at' : 'shows.recommendations_at'))
  return [...types].map((t) =>
    t === 'movie' ? 'movies.hidden_at' : t === 'show' ? 'shows.hidden_at' : 'seasons.hidden_at',
  )
}

/** GET /users/hidden/:section, POST add and POST remove. */
export function hiddenHandlers(store: SandboxStore, apiUrl: string): RequestHandler[] {
  const base = `${apiUrl}/users/hidden`
  const isSection = (value: unknown): value is Section => typeof value === 'string' && value in HIDEABLE
  const write =
    (mode: 'add' | 'remove'): Parameters<typeof http.post>[1] =>
    async ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      if (!isSection(params.section)) return fail.notFound()
      const section = params.section
      const state = stateOf(store.db, slug)
      const body = await readBody(request)
      const resolution = resolveDirect(store.db, body)
      // Removal answers also carry `episodes` (the contract asks for it; it is always 0).
      const count = counters(
        mode === 'add'
          ? ['movies', 'shows', 'seasons', 'users']
          : ['movies', 'shows', 'seasons', 'episodes', 'users'],
      )
      const notFound: Record<string, unknown[]> = {
        movies: resolution.notFound.movies,
        shows: resolution.notFound.shows,
        seasons: resolution.notFound.seasons,
        users: Array.isArray(body.users) ? body.users : [],
      }
      const types = new Set<ItemRef['type']>()
      const now = nowIso(store)
      for (const { ref, input } of resolution.items) {
        const present = state.hidden.some((h) => h.section === section && sameRef(h.item, ref))
        if (!HIDEABLE[section].includes(ref.type) || (mode === 'remove' && !present)) {
          ;(notFound[`${ref.type}s`] ??= []).push(input)
          continue
        }
        if (mode === 'add' && !present) state.hidden.push({ section, hidden_at: now, item: ref })
        if (mode === 'remove')
          state.hidden = state.hidden.filter((h) => !(h.section === section && sameRef(h.item, ref)))
        bump(count, ref.type)
        types.add(ref.type)
      }
      touchActivities(state, types.size > 0 ? activityKeys(section, types) : [], now)
      store.changed()
      return HttpResponse.json(
        { [mode === 'add' ? 'added' : 'deleted']: count, not_found: notFound },
        { status: mode === 'add' ? 201 : 200 },
      )
    }
  return [
    http.get(`${base}/:section`, ({ request, params }) => {
      const slug = requireUser(store, request)
      if (slug instanceof Response) return slug
      if (!isSection(params.section)) return fail.notFound()
      const type = new URL(request.url).searchParams.get('type')
      const ext = extendedLevels(request)
      const rows = stateOf(store.db, slug)
        .hidden.filter((h) => h.section === params.section && (!type || h.item.type === type))
        .sort((a, b) => (a.hidden_at < b.hidden_at ? 1 : -1))
        .flatMap((h) => {
          const item = serializeItem(store.db, h.item, ext)
          return item ? [{ hidden_at: h.hidden_at, ...item }] : []
        })
      return paginate(request, rows)
    }),
    http.post(`${base}/:section/remove`, write('remove')),
    http.post(`${base}/:section`, write('add')),
  ]
}
