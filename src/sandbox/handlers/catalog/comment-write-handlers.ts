import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Comment, ItemRef, SandboxDb } from '../../db/types'
import { fail, userFor, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { findMovie, findShow } from './lookup'
import { serializeComment } from './serialize'

const TWO_WEEKS = 14 * 86_400_000
const REVIEW_WORDS = 200
const MIN_WORDS = 5

/** Trakt stores emoji as short codes; convert the common ones like the API does. */
const EMOJI: Record<string, string> = {
  '😀': ':grinning:',
  '😃': ':smiley:',
  '😄': ':smile:',
  '😂': ':joy:',
  '😭': ':sob:',
  '😍': ':heart_eyes:',
  '😱': ':scream:',
  '👍': ':+1:',
  '👎': ':-1:',
  '🙌': ':raised_hands:',
  '👏': ':clap:',
  '🔥': ':fire:',
  '❤️': ':heart:',
  '❤': ':heart:',
  '😐': ':neutral_face:',
}
const toShortCodes = (text: string) =>
  Object.entries(EMOJI).reduce((t, [emoji, code]) => t.split(emoji).join(code), text)
const words = (text: string) => text.split(/\s+/).filter(Boolean).length

type Body = Record<string, unknown> & { comment?: unknown; spoiler?: unknown }

async function readBody(request: Request): Promise<Body | null> {
  try {
    const body: unknown = await request.json()
    return body && typeof body === 'object' ? (body as Body) : null
  } catch {
    return null
  }
}

/** The movie, show, season, episode or list a POST /comments body names by its ids. */
function bodyItem(db: SandboxDb, body: Body): ItemRef | null {
  const idsOf = (key: string) => (body[key] as { ids?: Record<string, unknown> } | undefined)?.ids
  const matches = (
    ids: Record<string, unknown>,
    target: {
      trakt: number
      slug?: string
      imdb?: string | null
      tmdb?: number | null
      tvdb?: number | null
    },
  ) =>
    (ids.trakt !== undefined && Number(ids.trakt) === target.trakt) ||
    (ids.slug !== undefined && ids.slug === target.slug) ||
    (ids.imdb !== undefined && ids.imdb === target.imdb) ||
    (ids.tmdb !== undefined && target.tmdb != null && Number(ids.tmdb) === target.tmdb) ||
    (ids.tvdb !== undefined && target.tvdb != null && Number(ids.tvdb) === target.tvdb)
  let ids = idsOf('movie')
  if (ids) {
    const movie =
      (ids.trakt !== undefined ? findMovie(db, String(ids.trakt)) : undefined) ??
      Object.values(db.movies).find((m) => matches(ids!, m.ids))
    return movie ? { type: 'movie', id: movie.ids.trakt } : null
  }
  if ((ids = idsOf('show'))) {
    const show =
      (ids.trakt !== undefined ? findShow(db, String(ids.trakt)) : undefined) ??
      Object.values(db.shows).find((s) => matches(ids!, s.ids))
    return show ? { type: 'show', id: show.ids.trakt } : null
  }
  if ((ids = idsOf('season'))) {
    const season = Object.values(db.seasons).find((s) => matches(ids!, s.ids))
    return season ? { type: 'season', id: season.ids.trakt } : null
  }
  if ((ids = idsOf('episode'))) {
    const episode = Object.values(db.episodes).find((e) => matches(ids!, e.ids))
    return episode ? { type: 'episode', id: episode.ids.trakt } : null
  }
  if ((ids = idsOf('list'))) {
    const list = Object.values(db.lists).find((l) => matches(ids!, l.ids))
    return list && list.allow_comments ? { type: 'list', id: list.ids.trakt } : null
  }
  return null
}

function adjustCount(db: SandboxDb, ref: ItemRef, delta: number): void {
  const target =
    ref.type === 'movie'
      ? db.movies[ref.id]
      : ref.type === 'show'
        ? db.shows[ref.id]
        : ref.type === 'episode'
          ? db.episodes[ref.id]
          : undefined
  if (target) target.comment_count = Math.max(0, target.comment_count + delta)
}

/** 422 unless the text is at least five words. */
function validate(text: unknown) {
  if (typeof text !== 'string' || words(text) < MIN_WORDS)
    return HttpResponse.json({ comment: ['must be at least 5 words'] }, { status: 422 })
  return null
}

/** POST/PUT/DELETE `/comments*` and likes: signed-in writes that follow Trakt's comment rules. */
export function commentWriteHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  const base = `${urls.apiUrl}/comments`
  const create = (username: string, item: ItemRef, parentId: number, body: Body): Comment => {
    const text = toShortCodes(String(body.comment))
    const now = store.now().toISOString()
    const comment: Comment = {
      id: store.nextId(),
      parent_id: parentId,
      item,
      userSlug: username,
      comment: text,
      spoiler: body.spoiler === true,
      review: words(text) >= REVIEW_WORDS,
      created_at: now,
      updated_at: now,
      user_rating: null,
      language: 'en',
      likedBy: [],
    }
    store.db.comments[comment.id] = comment
    adjustCount(store.db, item, 1)
    store.changed()
    return comment
  }
  const post = http.post(base, async ({ request }) => {
    const username = userFor(store, request)
    if (!username) return fail.unauthorized()
    const body = await readBody(request)
    if (!body) return fail.status(400)
    const item = bodyItem(store.db, body)
    if (!item) return fail.notFound()
    const invalid = validate(body.comment)
    if (invalid) return invalid
    const comment = create(username, item, 0, body)
    return HttpResponse.json(
      { ...serializeComment(store.db, comment), sharing: { twitter: false, tumblr: false, medium: false } },
      { status: 201 },
    )
  })
  return [
    post,
    http.put(`${base}/:id`, async ({ request, params }) => {
      const username = userFor(store, request)
      if (!username) return fail.unauthorized()
      const comment = store.db.comments[String(params.id)]
      if (!comment) return fail.notFound()
      if (comment.userSlug !== username) return fail.unauthorized()
      const body = await readBody(request)
      if (!body) return fail.status(400)
      const text = body.comment === undefined ? comment.comment : body.comment
      const invalid = validate(text)
      if (invalid) return invalid
      comment.comment = toShortCodes(String(text))
      comment.review = words(comment.comment) >= REVIEW_WORDS
      if (typeof body.spoiler === 'boolean') comment.spoiler = body.spoiler
      comment.updated_at = store.now().toISOString()
      store.changed()
      return HttpResponse.json(serializeComment(store.db, comment))
    }),
    http.delete(`${base}/:id`, ({ request, params }) => {
      const username = userFor(store, request)
      if (!username) return fail.unauthorized()
      const comment = store.db.comments[String(params.id)]
      if (!comment) return fail.notFound()
      if (comment.userSlug !== username) return fail.unauthorized()
      const replies = Object.values(store.db.comments).filter((c) => c.parent_id === comment.id)
      const isOld = store.now().getTime() - new Date(comment.created_at).getTime() >= TWO_WEEKS
      // Trakt: deletable while less than 2 weeks old or without replies.
      if (isOld && replies.length > 0) return fail.status(409)
      for (const c of [comment, ...replies]) {
        delete store.db.comments[c.id]
        adjustCount(store.db, c.item, -1)
      }
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
    http.post(`${base}/:id/replies`, async ({ request, params }) => {
      const username = userFor(store, request)
      if (!username) return fail.unauthorized()
      const parent = store.db.comments[String(params.id)]
      if (!parent) return fail.notFound()
      const body = await readBody(request)
      if (!body) return fail.status(400)
      const invalid = validate(body.comment)
      if (invalid) return invalid
      return HttpResponse.json(serializeComment(store.db, create(username, parent.item, parent.id, body)), {
        status: 201,
      })
    }),
    http.post(`${base}/:id/like`, ({ request, params }) => {
      const username = userFor(store, request)
      if (!username) return fail.unauthorized()
      const comment = store.db.comments[String(params.id)]
      if (!comment) return fail.notFound()
      if (!comment.likedBy.includes(username)) comment.likedBy.push(username)
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
    http.delete(`${base}/:id/like`, ({ request, params }) => {
      const username = userFor(store, request)
      if (!username) return fail.unauthorized()
      const comment = store.db.comments[String(params.id)]
      if (!comment) return fail.notFound()
      comment.likedBy = comment.likedBy.filter((slug) => slug !== username)
      store.changed()
      return new HttpResponse(null, { status: 204 })
    }),
  ]
}
