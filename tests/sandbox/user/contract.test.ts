import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Ajv from 'ajv'
import { DEMO_USER } from '@/sandbox/db/types'
import { responseProblems } from '../../support/contract'
import { API, startSandbox } from './harness'

const { api, db } = startSandbox()

/**
 * GETs of the user endpoints, written the way the contract's path templates spell them. Left out where the
 * contract contradicts the reference: /sync/playback/episodes (schema allows movies only), /users/:id/watched/*
 * (schema is a map of strings), hidden progress_watched seasons (schema allows shows only) and
 * /users/:id/likes (its oneOf alternatives overlap, so no body can match exactly one).
 */
function paths(): string[] {
  const state = db().userState[DEMO_USER]!
  const showId = Object.keys(state.resets)[0]!
  const list = Object.values(db().lists).find((l) => l.ownerSlug === DEMO_USER)!
  return [
    '/sync/last_activities',
    '/sync/playback/movies',
    '/sync/collection/movies?extended=metadata',
    '/sync/collection/shows?extended=metadata',
    '/sync/watched/movies',
    '/sync/watched/shows',
    `/sync/history/shows/${showId}`,
    '/sync/ratings/movies/9',
    '/sync/ratings/seasons/8',
    '/sync/watchlist/movies/rank/asc',
    '/sync/watchlist/movie,show/title/desc',
    '/sync/favorites/movies/rank/asc',
    '/sync/progress/up_next',
    `/shows/${showId}/progress/watched`,
    `/shows/${showId}/progress/collection`,
    '/users/settings',
    `/users/${DEMO_USER}/stats`,
    `/users/${DEMO_USER}/followers`,
    `/users/${DEMO_USER}/following`,
    `/users/${DEMO_USER}/friends`,
    `/users/${DEMO_USER}/history/movies`,
    `/users/${DEMO_USER}/history/episodes`,
    `/users/${DEMO_USER}/ratings/episodes`,
    `/users/${DEMO_USER}/collection/movies`,
    `/users/${DEMO_USER}/comments/all/all`,
    `/users/${DEMO_USER}/lists`,
    `/users/${DEMO_USER}/lists/${list.ids.trakt}/items/movie,show,season,episode`,
    `/users/${DEMO_USER}/lists/${list.ids.trakt}/comments/newest`,
    '/users/hidden/dropped',
    '/users/hidden/calendar',
    '/users/requests',
    '/users/requests/following',
    '/users/alice/watching',
    '/calendars/my/shows/2026-11-23/7',
    '/calendars/my/movies/2026-11-01/31',
  ]
}

type Json = Record<string, unknown>
const spec = JSON.parse(readFileSync(resolve(process.cwd(), 'src/lib/trakt/openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, Json>>
}

/** Drops `nullable` where the contract forgot a `type` (Ajv refuses such schemas) so the rest can still be checked. */
function repair(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repair)
  if (typeof node !== 'object' || node === null) return node
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, repair(v)])) as Json
  if ('nullable' in out && !('type' in out)) delete out.nullable
  return out
}

/** Progress schemas do not compile as written; they are checked against a repaired copy. */
function looseProblems(path: string, body: unknown): string[] {
  const template = path.startsWith('/shows/')
    ? `/shows/{id}/progress/${path.split('/')[4]!.split('?')[0]}`
    : path.split('?')[0]!
  const responses = spec.paths[template]?.get?.responses as Record<
    string,
    { content: Record<string, { schema: unknown }> }
  >
  const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
    repair(responses['200']!.content['application/json']!.schema) as Json,
  )
  return validate(body)
    ? []
    : (validate.errors ?? []).slice(0, 5).map((e) => `GET ${template}: ${e.instancePath} ${e.message}`)
}

describe('user endpoints follow the official contract', () => {
  it('answers with bodies valid against the operation schemas', async () => {
    const problems: string[] = []
    for (const path of paths()) {
      const response = await api(path)
      if (response.status >= 400) {
        problems.push(`GET ${path}: status ${response.status}`)
        continue
      }
      if (response.json === null) continue
      try {
        problems.push(...responseProblems('GET', `${API}${path}`, response.status, response.json))
      } catch (error) {
        if (!String(error).includes('nullable')) throw error
        problems.push(...looseProblems(path, response.json))
      }
    }
    expect(problems).toEqual([])
  })
})

describe('user writes follow the official contract', () => {
  // Scrobble answers are left out: the contract's movie and episode alternatives overlap (oneOf never matches).
  it('answers add/remove/create bodies valid against the operation schemas', async () => {
    const movie = { ids: { trakt: 12 } }
    const show = { ids: { trakt: 1002 } }
    const list = db().lists[Object.keys(db().lists).find((id) => db().lists[id]!.ownerSlug === DEMO_USER)!]!
    const stranger = Object.values(db().users).find(
      (u) =>
        !u.private &&
        !db().follows.some((f) => f.follower === DEMO_USER && f.followed === u.username) &&
        u.username !== DEMO_USER,
    )!
    const writes: [string, string, unknown][] = [
      ['POST', '/sync/history', { movies: [movie], shows: [show] }],
      ['POST', '/sync/history/remove', { movies: [movie], ids: [1] }],
      ['POST', '/sync/watchlist', { movies: [{ ids: { trakt: 13 } }] }],
      ['POST', '/sync/watchlist/remove', { movies: [{ ids: { trakt: 13 } }] }],
      ['POST', '/sync/watchlist/reorder', { rank: [1, 2] }],
      ['POST', '/sync/ratings', { movies: [{ ...movie, rating: 8 }] }],
      ['POST', '/sync/ratings/remove', { movies: [movie] }],
      ['POST', '/sync/collection', { movies: [{ ...movie, media_type: 'bluray' }] }],
      ['POST', '/sync/collection/remove', { movies: [movie] }],
      ['POST', '/users/hidden/calendar', { shows: [show] }],
      ['POST', '/users/hidden/calendar/remove', { shows: [show] }],
      ['POST', `/users/${DEMO_USER}/lists`, { name: 'Contract check' }],
      ['POST', `/users/${DEMO_USER}/lists/${list.ids.trakt}/items`, { movies: [{ ids: { trakt: 14 } }] }],
      [
        'POST',
        `/users/${DEMO_USER}/lists/${list.ids.trakt}/items/remove`,
        { movies: [{ ids: { trakt: 14 } }] },
      ],
      ['POST', `/users/${DEMO_USER}/lists/${list.ids.trakt}/items/reorder`, { rank: [1] }],
      ['POST', `/users/${stranger.username}/follow`, undefined],
      ['POST', '/checkin', { movie: { ids: { trakt: 15 } } }],
    ]
    const problems: string[] = []
    for (const [method, path, body] of writes) {
      const response = await api(path, { method, body })
      if (response.status >= 400) problems.push(`${method} ${path}: status ${response.status}`)
      else if (response.json !== null)
        problems.push(...responseProblems(method, `${API}${path}`, response.status, response.json))
    }
    expect(problems).toEqual([])
  })
})
