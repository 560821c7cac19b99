import { http, HttpResponse, type RequestHandler } from 'msw'
import type { ItemRef, SandboxDb } from '../../db/types'
import { extendedLevels, fail, paginate, type SandboxUrls } from '../../http'
import type { SandboxStore } from '../../store'
import { titleFilter } from './filters'
import { serializeItem } from './serialize'

const TYPES = ['movie', 'show', 'episode', 'person', 'list'] as const
type SearchType = (typeof TYPES)[number]

/** Default searchable fields per type (Trakt's "Search Fields"). */
const FIELDS: Record<SearchType, string[]> = {
  movie: ['title', 'tagline', 'overview', 'aliases', 'translations', 'people'],
  show: ['title', 'overview', 'aliases', 'translations', 'people'],
  episode: ['title', 'overview'],
  person: ['name', 'biography'],
  list: ['name', 'description'],
}

/** Scores one candidate: exact title beats prefix beats word match beats other fields. */
function score(query: string, texts: Partial<Record<string, string>>, fields: string[]): number {
  let best = 0
  for (const field of fields) {
    const text = texts[field]?.toLowerCase()
    if (!text) continue
    const isTitle = field === 'title' || field === 'name'
    if (isTitle && text === query) best = Math.max(best, 1000)
    else if (isTitle && text.startsWith(query)) best = Math.max(best, 700)
    else if (isTitle && text.includes(query)) best = Math.max(best, 500)
    else if (text.includes(query))
      best = Math.max(best, field === 'aliases' || field === 'translations' ? 200 : 100)
  }
  return best
}

function candidates(
  db: SandboxDb,
  type: SearchType,
  request: Request,
): { ref: ItemRef; texts: Partial<Record<string, string>> }[] {
  const keep = titleFilter(new Request(request.url.replace(/([?&])query=[^&]*/, '$1')))
  const cast = (mediaType: 'movie' | 'show', id: number) =>
    db.credits
      .filter((c) => c.mediaType === mediaType && c.mediaId === id)
      .map((c) => db.people[c.personId]?.name)
      .join(' ')
  switch (type) {
    case 'movie':
      return Object.values(db.movies)
        .filter(keep)
        .map((m) => ({
          ref: { type: 'movie', id: m.ids.trakt },
          texts: {
            title: m.title,
            tagline: m.tagline,
            overview: m.overview,
            aliases: m.extra.aliases.map((a) => a.title).join(' '),
            translations: m.extra.translations.map((t) => t.title).join(' '),
            people: cast('movie', m.ids.trakt),
          },
        }))
    case 'show':
      return Object.values(db.shows)
        .filter(keep)
        .map((s) => ({
          ref: { type: 'show', id: s.ids.trakt },
          texts: {
            title: s.title,
            overview: s.overview,
            aliases: s.extra.aliases.map((a) => a.title).join(' '),
            translations: s.extra.translations.map((t) => t.title).join(' '),
            people: cast('show', s.ids.trakt),
          },
        }))
    case 'episode':
      return Object.values(db.episodes).map((e) => ({
        ref: { type: 'episode', id: e.ids.trakt },
        texts: { title: e.title, overview: e.overview ?? '' },
      }))
    case 'person':
      return Object.values(db.people).map((p) => ({
        ref: { type: 'person', id: p.ids.trakt },
        texts: { name: p.name, biography: p.biography ?? '' },
      }))
    case 'list':
      return Object.values(db.lists)
        .filter((l) => l.privacy === 'public')
        .map((l) => ({
          ref: { type: 'list', id: l.ids.trakt },
          texts: { name: l.name, description: l.description ?? '' },
        }))
  }
}

function lookup(db: SandboxDb, idType: string, id: string, types: SearchType[]): ItemRef[] {
  const match = (ids: { trakt: number; imdb?: string | null; tmdb?: number | null; tvdb?: number | null }) =>
    idType === 'trakt'
      ? String(ids.trakt) === id
      : idType === 'imdb'
        ? ids.imdb === id
        : idType === 'tmdb'
          ? String(ids.tmdb) === id
          : String(ids.tvdb) === id
  const refs: ItemRef[] = []
  if (types.includes('movie'))
    Object.values(db.movies)
      .filter((m) => match(m.ids))
      .forEach((m) => refs.push({ type: 'movie', id: m.ids.trakt }))
  if (types.includes('show'))
    Object.values(db.shows)
      .filter((s) => match(s.ids))
      .forEach((s) => refs.push({ type: 'show', id: s.ids.trakt }))
  if (types.includes('episode'))
    Object.values(db.episodes)
      .filter((e) => match(e.ids))
      .forEach((e) => refs.push({ type: 'episode', id: e.ids.trakt }))
  if (types.includes('person'))
    Object.values(db.people)
      .filter((p) => match(p.ids))
      .forEach((p) => refs.push({ type: 'person', id: p.ids.trakt }))
  if (types.includes('list') && idType === 'trakt' && db.lists[id])
    refs.push({ type: 'list', id: Number(id) })
  return refs
}

const parseTypes = (raw: string | null | undefined): SearchType[] | null => {
  if (!raw) return [...TYPES]
  const types = raw.split(',').map((t) => t.trim())
  return types.every((t): t is SearchType => (TYPES as readonly string[]).includes(t))
    ? (types as SearchType[])
    : null
}

/** `/search/{type}?query=` (text) and `/search/{id_type}/{id}` (ID lookup). */
export function searchHandlers(store: SandboxStore, urls: SandboxUrls): RequestHandler[] {
  return [
    http.get(`${urls.apiUrl}/search/:id_type/:id`, ({ request, params }) => {
      const idType = String(params.id_type)
      if (!['trakt', 'imdb', 'tmdb', 'tvdb'].includes(idType)) return fail.notFound()
      const types = parseTypes(new URL(request.url).searchParams.get('type'))
      if (!types) return fail.status(400)
      const levels = extendedLevels(request)
      const rows = lookup(store.db, idType, String(params.id), types).flatMap((ref) => {
        const item = serializeItem(store.db, ref, levels)
        return item ? [{ ...item, score: 1000 }] : []
      })
      return paginate(request, rows)
    }),
    http.get(`${urls.apiUrl}/search/:type`, ({ request, params }) => {
      const types = parseTypes(String(params.type))
      if (!types) return fail.notFound()
      const url = new URL(request.url)
      const query = (url.searchParams.get('query') ?? '').trim().toLowerCase().replace(/\\(.)/g, '$1')
      if (!query) return HttpResponse.json([])
      const wanted = url.searchParams
        .get('fields')
        ?.split(',')
        .map((f) => f.trim())
      const levels = extendedLevels(request)
      const rows = types
        .flatMap((type) => {
          const fields = wanted ? FIELDS[type].filter((f) => wanted.includes(f)) : FIELDS[type]
          return candidates(store.db, type, request).map((c) => ({
            ref: c.ref,
            score: score(query, c.texts, fields),
          }))
        })
        .filter((r) => r.score > 0)
        .sort((a, b) => b.score - a.score || a.ref.id - b.ref.id)
        .flatMap((r) => {
          const item = serializeItem(store.db, r.ref, levels)
          return item ? [{ ...item, score: r.score }] : []
        })
      return paginate(request, rows)
    }),
  ]
}
